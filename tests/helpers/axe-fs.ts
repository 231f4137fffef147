import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets the workplace's axe judge runs: WCAG 2.2 AA and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeWindow {
  axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
}

/**
 * Runs axe-core on the page as it is now and returns one line per violated rule
 * (`<label>: <rule> (<failing elements>)`). The page's context must bypass its
 * Content-Security-Policy (see `launchChromium({ bypassCSP: true })`) to let axe in.
 *
 * @param page A loaded page.
 * @param label What to call the page in the lines, e.g. its path.
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (tags) => (window as unknown as AxeWindow).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  return result.violations.map((violation) => `${label}: ${violation.id} (${violation.nodes.length})`);
}
