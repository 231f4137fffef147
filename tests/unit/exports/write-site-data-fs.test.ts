import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSiteDataFiles } from '../../../scripts/lib/site/write-site-data-fs.ts';

const folders: string[] = [];
const tempSite = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'atlas-data-'));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('writeSiteDataFiles', () => {
  it('writes whole and chunked bodies under the site root, making folders, and counts files and bytes', async () => {
    const site = tempSite();
    const chunks = function* () {
      yield '{"papers":[';
      yield '{"title":"Schrödinger"}';
      yield ']}\n';
    };
    const files = [
      { path: '/papers.json', body: chunks() },
      { path: '/topics/a/feed.xml', body: [new TextEncoder().encode('<feed>'), '</feed>'] },
      ...Array.from({ length: 40 }, (_, i) => ({ path: `/keywords/k${i}/papers.csv`, body: `row ${i}\r\n` })),
    ];
    const summary = await writeSiteDataFiles(site, files);
    expect(summary.files).toBe(42);
    expect(readFileSync(path.join(site, 'papers.json'), 'utf8')).toBe('{"papers":[{"title":"Schrödinger"}]}\n');
    expect(readFileSync(path.join(site, 'topics/a/feed.xml'), 'utf8')).toBe('<feed></feed>');
    expect(readFileSync(path.join(site, 'keywords/k39/papers.csv'), 'utf8')).toBe('row 39\r\n');
    const expectedBytes = Buffer.byteLength('{"papers":[{"title":"Schrödinger"}]}\n') + 13 + files.slice(2).reduce((n, f) => n + Buffer.byteLength(f.body as string), 0);
    expect(summary.bytes).toBe(expectedBytes);
  });

  it('refuses to replace a file the site already has, naming it', async () => {
    const site = tempSite();
    mkdirSync(path.join(site, 'topics/a'), { recursive: true });
    writeFileSync(path.join(site, 'topics/a/feed.xml'), 'page output');
    await expect(writeSiteDataFiles(site, [{ path: '/topics/a/feed.xml', body: '<feed/>' }])).rejects.toThrow(
      /Cannot write .*topics\/a\/feed\.xml: a page or another data file has this path/,
    );
    expect(readFileSync(path.join(site, 'topics/a/feed.xml'), 'utf8')).toBe('page output');
  });
});
