/**
 * The site build's data task on a real catalogue: the search documents reach the indexer before
 * the data files are written for a small catalogue, after the thread ends for a large one, and
 * they are the same either way.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runSiteDataTask, type SiteDataTask } from '../../scripts/lib/site/site-data-task-fs.ts';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site-fs.ts';

const SMALL_DUMP = path.join(PROJECT_ROOT, 'content/dumps', readdirSync(path.join(PROJECT_ROOT, 'content/dumps')).sort().at(-1)!);

describe('runSiteDataTask', () => {
  const site = buildSite({ name: 'site-data-task', dumpFiles: [SMALL_DUMP], pipelineOnly: true });
  const outDirs: string[] = [];
  afterAll(() => {
    for (const folder of outDirs) rmSync(folder, { recursive: true, force: true });
  });

  /** Runs the task; records whether the documents came before the files were all written. */
  async function run(options: Partial<SiteDataTask>) {
    const outDir = mkdtempSync(path.join(tmpdir(), 'atlas-site-data-'));
    outDirs.push(outDir);
    const task = runSiteDataTask({ contentDir: site.contentDir, outDir, address: { site: 'https://example.org', base: '/' }, startedAt: Date.now(), ...options });
    const order: string[] = [];
    const [input, written] = await Promise.all([
      task.searchInput.then((value) => (order.push('search input'), value)),
      task.written.then((value) => (order.push('written'), value)),
    ]);
    return { input, written, order, outDir };
  }

  test('a small catalogue hands its documents over before the files are written', async () => {
    expect(site.pipelineStatus, site.pipelineOutput).toBe(0);
    const { input, written, order, outDir } = await run({});
    expect(order).toEqual(['search input', 'written']);
    const entries = readdirSync(path.join(site.contentDir, 'papers'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
    expect(input.papers).toHaveLength(entries.length);
    expect(input.documents.length).toBeGreaterThan(input.papers.length);
    expect(written.files).toBe(readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length);
  });

  test('a catalogue above the limit hands the same documents over once the thread has ended', async () => {
    const early = await run({});
    const late = await run({ indexWhileWritingMaxPapers: 0 });
    expect(late.order).toEqual(['written', 'search input']);
    expect(late.input).toEqual(early.input);
    expect(late.written).toEqual(early.written);
  });
});
