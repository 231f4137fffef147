import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

// actionlint is neither on npm nor in Debian here, so the workflow's structure is checked directly.
const FILE = path.resolve(import.meta.dirname, '../../../.github/workflows/publish.yml');
const text = readFileSync(FILE, 'utf8');
const workflow = parse(text) as {
  on: { push: { paths: string[] }; workflow_dispatch: unknown };
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; permissions?: Record<string, string>; environment?: { name: string }; steps: Step[] }>;
};
interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const uses = (action: string) => steps.filter((step) => step.uses?.startsWith(`${action}@`));
const runs = steps.map((step) => step.run ?? '').join('\n');

describe('the publish workflow', () => {
  test('runs on pushes that touch dumps or code, and on demand', () => {
    expect(workflow.on.push.paths).toEqual(expect.arrayContaining(['content/dumps/**', 'content/curation.yaml', 'scripts/**', 'src/**', 'package-lock.json']));
    expect('workflow_dispatch' in workflow.on).toBe(true);
  });

  test('deploys with the official Pages actions and only the deploy job may write Pages', () => {
    for (const action of ['actions/checkout', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']) {
      expect(uses(action), action).toHaveLength(1);
    }
    expect(uses('actions/upload-pages-artifact')[0]?.with?.path).toBe('dist');
    const deploy = workflow.jobs.deploy;
    expect(deploy?.needs).toBe('build');
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy?.environment?.name).toBe('github-pages');
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  test('installs with npm ci and Chromium/Java with apt, tests, then builds', () => {
    const order = ['apt-get install', 'npm ci', 'npm test', 'npm run pipeline', 'npm run build'].map((command) => runs.indexOf(command));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(runs).toMatch(/apt-get install .*chromium .*default-jre-headless/);
  });

  test('caches npm and the Astro content store keyed on the content', () => {
    expect(uses('actions/setup-node')[0]?.with?.cache).toBe('npm');
    const cache = uses('actions/cache')[0];
    expect(cache?.with?.path).toBe('node_modules/.astro');
    expect(String(cache?.with?.key)).toContain("hashFiles('content/**'");
    // node_modules/.astro must be restored after `npm ci`, which empties node_modules.
    expect(steps.indexOf(cache as Step)).toBeGreaterThan(steps.findIndex((step) => step.run?.includes('npm ci')));
    // The pipeline's cache too, restored before the pipeline runs.
    const pipelineCache = uses('actions/cache').find((step) => step.with?.path === 'node_modules/.cache/paper-atlas');
    expect(pipelineCache, 'a cache step for node_modules/.cache/paper-atlas').toBeDefined();
    expect(steps.indexOf(pipelineCache as Step)).toBeGreaterThan(steps.findIndex((step) => step.run?.includes('npm ci')));
    expect(steps.indexOf(pipelineCache as Step)).toBeLessThan(steps.findIndex((step) => step.run?.includes('npm run pipeline')));
  });

  test('builds for the repository\'s Pages URL and base path, and publishes the summary', () => {
    const pagesId = uses('actions/configure-pages')[0]?.id;
    expect(pagesId).toBe('pages');
    const build = steps.find((step) => step.run?.includes('npm run build'));
    expect(build?.env?.SITE_URL).toContain('${{ steps.pages.outputs.base_url }}');
    expect(build?.env?.BASE_PATH).toContain('${{ steps.pages.outputs.base_path }}');
    expect(build?.run).toContain('--summary-markdown "$GITHUB_STEP_SUMMARY"');
  });

  test('every step either runs a command or uses a pinned action', () => {
    for (const step of steps) {
      expect(Boolean(step.run) !== Boolean(step.uses)).toBe(true);
      if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
    }
    expect(text).not.toMatch(/\t/);
  });
});
