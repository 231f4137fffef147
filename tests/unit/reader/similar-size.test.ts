/**
 * The find-similar download for 10,000 papers: the dictionary plus every
 * vector shard (what one query fetches before titles) must stay under 1 MB.
 * Uses the benchmark's synthetic catalogue (`npm run bench -- --papers 10000`)
 * when it exists; the test is skipped otherwise.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/build-site-fs.ts';
import { buildSimilarIndex } from '../../../src/lib/similar-index.ts';
import { readPaperEntries } from './load-papers-fs.ts';

const BENCH_CONTENT = path.join(PROJECT_ROOT, 'bench/work/10000/content');

describe.skipIf(!existsSync(path.join(BENCH_CONTENT, 'papers')))('find-similar index for 10,000 papers', () => {
  test('dictionary + vector shards stay under 1 MB', () => {
    const papers = readPaperEntries(BENCH_CONTENT);
    const index = buildSimilarIndex(papers);
    const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
    const gzipped = (value: unknown) => gzipSync(JSON.stringify(value)).length;
    const terms = bytes(index.terms);
    const vectors = index.vectorShards.reduce((sum, shard) => sum + bytes(shard), 0);
    const vectorsGz = index.vectorShards.reduce((sum, shard) => sum + gzipped(shard), 0);
    const titleShard = Math.max(...index.titleShards.map(bytes));
    console.info(
      `find-similar at ${papers.length} papers: terms.json ${terms} B (${gzipped(index.terms)} B gzip, ${index.terms.terms.length} terms), ` +
        `${index.vectorShards.length} vector shards ${vectors} B (${vectorsGz} B gzip), largest title shard ${titleShard} B`,
    );
    // A `--rebuild` benchmark run leaves 10,300 papers here: hold the bytes per 10,000 papers to the budget.
    expect(papers.length).toBeGreaterThanOrEqual(10_000);
    expect(((terms + vectors) * 10_000) / papers.length).toBeLessThan(1_000_000);
  }, 120_000);
});
