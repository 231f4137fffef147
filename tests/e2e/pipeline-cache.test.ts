import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-site-fs.ts';

const DEFAULT_DUMPS = path.join(PROJECT_ROOT, 'content/dumps');
const dumps = readdirSync(DEFAULT_DUMPS).sort();
const work = mkdtempSync(path.join(tmpdir(), 'atlas-pipeline-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function pipeline(contentDir: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, ['scripts/build-content.ts', '--content', contentDir, '--quiet', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  return result.stdout;
}

function contentWith(name: string, dumpNames: readonly string[]): string {
  const contentDir = path.join(work, name);
  mkdirSync(path.join(contentDir, 'dumps'), { recursive: true });
  for (const dump of dumpNames) copyFileSync(path.join(DEFAULT_DUMPS, dump), path.join(contentDir, 'dumps', dump));
  return contentDir;
}

function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name), 'utf8')]));
}

describe('the pipeline cache', () => {
  const cache = path.join(work, 'cache');
  // Built up dump by dump with a cache, as CI does; and once from all dumps without one.
  const cached = contentWith('cached', dumps.slice(0, -1));
  pipeline(cached, '--cache', cache);
  copyFileSync(path.join(DEFAULT_DUMPS, dumps.at(-1)!), path.join(cached, 'dumps', dumps.at(-1)!));
  const withNewDump = pipeline(cached, '--cache', cache);
  const fresh = contentWith('fresh', dumps);
  pipeline(fresh, '--no-cache');

  test('a cached build after a new dump leaves files unchanged and gives the bytes a build without the cache gives', () => {
    const [, unchanged] = /wrote \d+ files, (\d+) unchanged/.exec(withNewDump) ?? [];
    expect(Number(unchanged)).toBeGreaterThan(0);
    expect(snapshot(cached)).toEqual(snapshot(fresh));
  });

  test('an entry edited by hand is made again from its paper, not kept', () => {
    const entries = readdirSync(path.join(cached, 'papers'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
    const edited = path.join(cached, 'papers', entries[0]!);
    const original = readFileSync(edited, 'utf8');
    writeFileSync(edited, `${original}\nA hand edit.\n`);
    expect(pipeline(cached, '--cache', cache)).toMatch(/wrote 1 files, \d+ unchanged, 0 removed/);
    expect(readFileSync(edited, 'utf8')).toBe(original);
    expect(snapshot(cached)).toEqual(snapshot(fresh));
  });
});
