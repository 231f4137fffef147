import fs from 'node:fs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { writeDirectlyInside } from '../../../src/integrations/direct-page-writes.ts';

const root = mkdtempSync(path.join(tmpdir(), 'atlas-direct-writes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A stand-in for `fs.promises` that records which calls reached it. */
function recordingApi() {
  const calls: string[] = [];
  const api = {
    mkdir: (async (target: fs.PathLike) => void calls.push(`async mkdir ${String(target)}`)) as unknown as typeof fs.promises.mkdir,
    writeFile: (async (target: unknown) => void calls.push(`async writeFile ${String(target)}`)) as unknown as typeof fs.promises.writeFile,
  };
  return { api, calls };
}

describe('writeDirectlyInside', () => {
  const outDir = path.join(root, 'dist');

  test('writes pages inside the output folder synchronously, the same bytes, given as a path or a file URL', async () => {
    const { api, calls } = recordingApi();
    const restore = writeDirectlyInside(outDir, api);
    const folder = path.join(outDir, 'papers', 'a');
    const written = api.mkdir(pathToFileURL(folder), { recursive: true }).then(() => api.writeFile(pathToFileURL(path.join(folder, 'index.html')), Buffer.from('<p>a</p>')));
    // Already on disk before the promise is awaited: nothing went to the thread pool.
    expect(fs.existsSync(folder)).toBe(true);
    await written;
    await api.writeFile(path.join(outDir, 'feed.xml'), '<feed/>');
    expect(readFileSync(path.join(folder, 'index.html'), 'utf8')).toBe('<p>a</p>');
    expect(readFileSync(path.join(outDir, 'feed.xml'), 'utf8')).toBe('<feed/>');
    expect(calls).toEqual([]);
    restore();
  });

  test('leaves every other path, and file handles, to the original functions', async () => {
    const { api, calls } = recordingApi();
    const restore = writeDirectlyInside(outDir, api);
    await api.mkdir(path.join(root, 'elsewhere'));
    await api.writeFile(path.join(root, 'dist-other', 'x.html'), 'x');
    await api.writeFile(`${outDir}/../outside.html`, 'x');
    expect(calls).toEqual([
      `async mkdir ${path.join(root, 'elsewhere')}`,
      `async writeFile ${path.join(root, 'dist-other', 'x.html')}`,
      `async writeFile ${outDir}/../outside.html`,
    ]);
    restore();
  });

  test('gives a failed write back as a rejected promise, and puts the original functions back', async () => {
    const { api, calls } = recordingApi();
    const { mkdir, writeFile } = api;
    const restore = writeDirectlyInside(outDir, api);
    await expect(api.writeFile(path.join(outDir, 'missing', 'folder', 'index.html'), 'x')).rejects.toThrow(/ENOENT/);
    restore();
    expect(api.mkdir).toBe(mkdir);
    expect(api.writeFile).toBe(writeFile);
    await api.writeFile(path.join(outDir, 'index.html'), 'x');
    expect(calls).toEqual([`async writeFile ${path.join(outDir, 'index.html')}`]);
  });
});
