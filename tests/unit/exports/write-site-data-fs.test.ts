import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

  it('writes over what a previous build left, keeping the file (same inode)', async () => {
    const site = tempSite();
    mkdirSync(path.join(site, 'topics/a'), { recursive: true });
    writeFileSync(path.join(site, 'topics/a/feed.xml'), 'the previous build wrote a longer feed');
    const before = statSync(path.join(site, 'topics/a/feed.xml')).ino;
    await writeSiteDataFiles(site, [{ path: '/topics/a/feed.xml', body: '<feed/>' }]);
    expect(readFileSync(path.join(site, 'topics/a/feed.xml'), 'utf8')).toBe('<feed/>');
    expect(statSync(path.join(site, 'topics/a/feed.xml')).ino).toBe(before);
  });

  it('keeps a whole file whose bytes have the previous build’s digest and is still there; writes the others', async () => {
    const site = tempSite();
    const files = () => [
      { path: '/topics/a/feed.xml', body: '<feed>a</feed>' },
      { path: '/topics/b/feed.xml', body: [new TextEncoder().encode('<feed>'), 'b</feed>'] },
      { path: '/papers.json', body: (function* () { yield '{}'; })() },
    ];
    const first = await writeSiteDataFiles(site, files());
    expect(first).toMatchObject({ files: 3, written: 3 });
    // Digests are of the bytes: a file made in other pieces with the same bytes has the same one.
    const again = await writeSiteDataFiles(site, files(), first.digests);
    expect(again).toMatchObject({ files: 3, written: 1, digests: first.digests });
    rmSync(path.join(site, 'topics/b/feed.xml'));
    const changed = [{ path: '/topics/a/feed.xml', body: '<feed>A</feed>' }, { path: '/topics/b/feed.xml', body: '<feed>b</feed>' }];
    const third = await writeSiteDataFiles(site, changed, first.digests);
    expect(third).toMatchObject({ files: 2, written: 2 });
    expect(third.digests['topics/b/feed.xml']).toBe(first.digests['topics/b/feed.xml']);
    expect(readFileSync(path.join(site, 'topics/a/feed.xml'), 'utf8')).toBe('<feed>A</feed>');
    expect(readFileSync(path.join(site, 'topics/b/feed.xml'), 'utf8')).toBe('<feed>b</feed>');
  });

  it('refuses a path given twice, naming it', async () => {
    const site = tempSite();
    const files = [
      { path: '/topics/a/feed.xml', body: '<feed>1</feed>' },
      { path: '/topics/a/feed.xml', body: '<feed>2</feed>' },
    ];
    await expect(writeSiteDataFiles(site, files)).rejects.toThrow(/Cannot write .*topics\/a\/feed\.xml: another data file has this path/);
  });

  it('refuses an HTML data file: pages are written by astro', async () => {
    const site = tempSite();
    await expect(writeSiteDataFiles(site, [{ path: '/topics/a/index.html', body: '<p>' }])).rejects.toThrow(
      /Cannot write .*topics\/a\/index\.html: pages are astro's/,
    );
  });
});
