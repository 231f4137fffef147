/**
 * A catalogue larger than one search index part (10,000 documents) is indexed in parts that the
 * search page merges in the browser. Built here with a part size of 12 on a small catalogue, so a
 * paper of every part must be found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type LaunchedBrowser } from '../helpers/browser-fs.ts';
import { buildSite, PROJECT_ROOT, runNode, type BuiltSite } from '../helpers/build-site-fs.ts';
import { serveStatic, type StaticServer } from '../helpers/serve-static-fs.ts';

const SMALL_DUMP = path.join(PROJECT_ROOT, 'content/dumps', readdirSync(path.join(PROJECT_ROOT, 'content/dumps')).sort().at(-1)!);
const PART_SIZE = 12;

interface Paper {
  slug: string;
  title: string;
  abstract: string;
}

/** Words of 8+ letters that occur in exactly one paper's title or abstract, by paper. */
function uniqueWords(papers: readonly Paper[]): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const paper of papers) {
    for (const word of `${paper.title} ${paper.abstract}`.toLowerCase().match(/\p{L}{8,}/gu) ?? []) {
      // Pagefind stems words; compare by the first 7 letters so no other paper shares the stem.
      const stem = word.slice(0, 7);
      owners.set(stem, (owners.get(stem) ?? new Set()).add(`${paper.slug}\u0000${word}`));
    }
  }
  const bySlug = new Map<string, string>();
  for (const entries of owners.values()) {
    const slugs = new Set([...entries].map((entry) => entry.split('\u0000')[0]!));
    if (slugs.size !== 1) continue;
    const [slug, word] = [...entries][0]!.split('\u0000') as [string, string];
    if (!bySlug.has(slug) || word < bySlug.get(slug)!) bySlug.set(slug, word);
  }
  return bySlug;
}

describe('search over an index built in parts', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: LaunchedBrowser;
  let papers: Paper[];
  let indexOutput: string;

  beforeAll(async () => {
    site = buildSite({ name: 'search-parts', dumpFiles: [SMALL_DUMP] });
    indexOutput = runNode(
      ['scripts/index-search.ts', '--content', site.contentDir, '--site', site.distDir, '--part-size', String(PART_SIZE)],
      { BASE_PATH: '/' },
    ).output;
    papers = (JSON.parse(readFileSync(path.join(site.distDir, 'papers.json'), 'utf8')) as { papers: Paper[] }).papers;
    server = await serveStatic(site.distDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the index has several parts, listed in the parts manifest', () => {
    const topics = (JSON.parse(readFileSync(path.join(site.distDir, 'topics.json'), 'utf8')) as { topics: unknown[] }).topics;
    const parts = Math.ceil((papers.length + topics.length) / PART_SIZE);
    expect(parts).toBeGreaterThanOrEqual(3);
    expect(indexOutput).toMatch(new RegExp(`in ${parts} part\\(s\\)`));
    const manifest = JSON.parse(readFileSync(path.join(site.distDir, 'pagefind/atlas-parts.json'), 'utf8')) as { parts: string[] };
    expect(manifest.parts).toHaveLength(parts - 1);
  });

  test('a paper of the first, a middle and the last part is found by a word only it has', async () => {
    const words = uniqueWords(papers);
    // Papers are indexed in papers.json order, so these positions fall in different parts.
    const picks = [0, Math.floor(papers.length / 2), papers.length - 1]
      .map((index) => papers.slice(index).find((paper) => words.has(paper.slug))!)
      .filter(Boolean);
    expect(picks.length).toBe(3);
    for (const paper of picks) {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(words.get(paper.slug)!)}`, { waitUntil: 'load' });
      await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 20_000 });
      const titles = await page.locator('.pagefind-ui__result-link').allTextContents();
      expect(titles.map((title) => title.trim()), words.get(paper.slug)).toContain(paper.title);
      await page.close();
    }
  });
});
