import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readOutputDigests, writeOutputDigests } from '../../../src/lib/output-digests-fs.ts';
import { keepOutputDigests, prepareOutputDigests, recordedOutput, renderSalt } from '../../../scripts/lib/site/output-digests-fs.ts';

const root = mkdtempSync(path.join(tmpdir(), 'output-digests-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('output digest folders', () => {
  test('a build reads the last successful build’s records; a failed build leaves none for the next', () => {
    const cache = path.join(root, 'cache');
    const outDir = path.join(root, 'dist');
    const first = prepareOutputDigests(cache, outDir);
    expect(readOutputDigests(first.previous, 'data-files')).toEqual({});
    writeOutputDigests(first.next, 'data-files', { digests: { 'a.json': 'x' }, written: 1 });
    keepOutputDigests(first);

    const second = prepareOutputDigests(cache, outDir);
    expect(readOutputDigests(second.previous, 'data-files')).toEqual({ 'a.json': 'x' });
    writeOutputDigests(second.next, 'data-files', { digests: { 'a.json': 'y' }, written: 1 });
    // The second build fails: nothing kept, and its records are not read by the third.
    const third = prepareOutputDigests(cache, outDir);
    expect(readOutputDigests(third.previous, 'data-files')).toEqual({});
    expect(existsSync(third.next) && readdirSync(third.next)).toEqual([]);
    // Another output folder has records of its own.
    expect(prepareOutputDigests(cache, path.join(root, 'other')).current).not.toBe(third.current);
  });

  test('the recorded outputs are every recorded file and every file in a recorded folder, with the counts kept', () => {
    const outDir = path.join(root, 'site');
    mkdirSync(path.join(outDir, 'pagefind-part-2/fragment'), { recursive: true });
    writeFileSync(path.join(outDir, 'pagefind-part-2/pagefind-entry.json'), '{}');
    writeFileSync(path.join(outDir, 'pagefind-part-2/fragment/f1.pf_fragment'), '');
    const folders = prepareOutputDigests(path.join(root, 'cache2'), outDir);
    writeOutputDigests(folders.next, 'pages-papers', { digests: { 'papers/a/index.html': '1', 'papers/b/index.html': '2' }, written: 1 });
    writeOutputDigests(folders.next, 'search', { digests: { 'pagefind-part-2/': '3', 'pagefind-part-3/': '4' }, written: 0 });
    const recorded = recordedOutput(folders, outDir);
    expect([...recorded.files].sort()).toEqual(
      ['pagefind-part-2/fragment/f1.pf_fragment', 'pagefind-part-2/pagefind-entry.json', 'papers/a/index.html', 'papers/b/index.html'].map((file) => path.join(outDir, file)),
    );
    expect(Object.fromEntries(recorded.kept)).toEqual({ 'pages-papers': 1, search: 2 });
  });

  test('the render salt changes with the site address', () => {
    const project = path.resolve(import.meta.dirname, '../../..');
    const salt = renderSalt(project, { site: 'https://a.example/', base: '/' });
    expect(renderSalt(project, { site: 'https://a.example/', base: '/' })).toBe(salt);
    expect(renderSalt(project, { site: 'https://b.example/', base: '/' })).not.toBe(salt);
    expect(renderSalt(project, { site: 'https://a.example/', base: '/atlas/' })).not.toBe(salt);
  });
});
