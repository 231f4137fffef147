/**
 * A catalogue's topics are a fixed point: the next build with the same dumps seeds its clustering
 * with the published topics and must get them back, or papers move between topics (and their
 * entries between folders) with nothing changed. Small catalogues settle at once; this one is
 * large enough to need several rounds (2,000 synthetic papers moved 6 between topics on the
 * second build when three rounds were the limit).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { planDumpSizes, synthesizeDumps } from '../../scripts/lib/bench/synthesize-dumps.ts';
import { readSynthesisCorpus, writeDumps } from '../../scripts/lib/bench/synthetic-dumps-fs.ts';
import { PROJECT_ROOT } from '../helpers/build-site-fs.ts';

const PAPERS = 2_000;

function pipeline(contentDir: string): { status: number; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build-content.ts', '--content', contentDir], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && !entry.parentPath.includes(`${path.sep}dumps`));
  return new Map(files.map((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return [path.relative(dir, file), readFileSync(file, 'utf8')];
  }));
}

describe(`topics of ${PAPERS} synthetic papers`, () => {
  const contentDir = path.join(PROJECT_ROOT, 'tests/.tmp/topics-settle/content');
  rmSync(path.dirname(contentDir), { recursive: true, force: true });
  mkdirSync(contentDir, { recursive: true });
  const corpus = readSynthesisCorpus(path.join(PROJECT_ROOT, 'content/dumps'));
  writeDumps(path.join(contentDir, 'dumps'), synthesizeDumps(corpus, { seed: 1, dumpSizes: planDumpSizes(PAPERS) }));
  const first = pipeline(contentDir);
  const published = snapshot(contentDir);
  const second = pipeline(contentDir);

  test('the first build publishes every paper', () => {
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(new RegExp(`${PAPERS} papers, \\d+ topics`));
    expect(first.output).not.toMatch(/had not settled/);
  });

  test('a second build with the same dumps changes nothing', () => {
    expect(second.status, second.output).toBe(0);
    expect(second.output).toMatch(/wrote 0 files, \d+ unchanged, 0 removed/);
    expect(snapshot(contentDir)).toEqual(published);
  });
});
