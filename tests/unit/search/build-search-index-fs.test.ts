import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PaperExport } from '../../../src/lib/export-schema.ts';
import { readBundleSlugs } from '../../../scripts/lib/check/read-search-entries-fs.ts';
import { buildSearchIndex } from '../../../scripts/lib/search/build-search-index-fs.ts';
import { searchDocuments } from '../../../scripts/lib/search/search-documents.ts';
import type { CatalogueExports } from '../../../src/lib/site-data-files.ts';

const paper = (slug: string, title: string, abstract: string): PaperExport => ({
  slug,
  url: `http://localhost:4321/papers/${slug}/`,
  title,
  abstract,
  topic: { slug: 'diffusion', label: 'Diffusion' },
  keywords: [{ slug: 'score-matching', label: 'score matching' }],
  related: [],
  codeLinks: [],
  dumps: ['d1'],
  firstSeen: 'd1',
});
const header = { version: 1 as const, dumps: ['d1'], latestDump: 'd1', quality: { topics: 1, meanNpmi: 0, diversity: 1 } };

let site: string;
let exports: CatalogueExports;

beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'atlas-search-'));
  const papers = [
    paper('a', 'Simplified Diffusion Schrödinger Bridge', 'A Schrödinger bridge for diffusion.'),
    paper('b', 'Score matching', 'Denoising score matching.'),
    paper('c', 'Flow matching', 'Flow matching with diffusion paths.'),
  ];
  const topic = { slug: 'diffusion', url: '', label: 'Diffusion', keywords: [], papers: ['a', 'b', 'c'], size: 3, npmi: 0, miscellany: false, related: [], graph: { nodes: [], edges: [] } };
  exports = { papers: { ...header, papers }, topics: { ...header, topics: [topic] } };
  await writeFile(path.join(site, 'index.html'), '<!doctype html><title>Home</title>');
});

afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

/** The URLs of every page in the bundle's fragments. */
async function indexedUrls(bundle: string): Promise<string[]> {
  const folder = path.join(site, bundle, 'fragment');
  const urls: string[] = [];
  for (const name of await readdir(folder)) {
    const text = gunzipSync(await readFile(path.join(folder, name))).toString('utf8');
    urls.push((JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url);
  }
  return urls.sort();
}

describe('buildSearchIndex', () => {
  test('indexes every paper and topic of the exports in one part, with an empty parts manifest', async () => {
    const summary = await buildSearchIndex({ outDir: site, documents: searchDocuments(exports) });
    expect(summary).toMatchObject({ documents: 4, pages: 4, parts: 1 });
    expect(summary.bytes).toBeGreaterThan(0);
    const names = await readdir(site);
    expect(names.filter((name) => name.startsWith('pagefind') || name.startsWith('.pagefind'))).toEqual(['pagefind']);
    expect(JSON.parse(await readFile(path.join(site, 'pagefind/atlas-parts.json'), 'utf8'))).toEqual({ version: 1, parts: [] });
    expect(await indexedUrls('pagefind')).toEqual(['/papers/a/', '/papers/b/', '/papers/c/', '/topics/diffusion/']);
    expect(names).toContain('index.html');
  });

  test('indexes in parts when the catalogue is larger than a part — topics, then papers by dump — replacing the previous bundle', async () => {
    const byDump = { ...exports, papers: { ...exports.papers, dumps: ['d1', 'd2'], papers: exports.papers.papers.map((p) => (p.slug === 'c' ? { ...p, dumps: ['d2'], firstSeen: 'd2' } : p)) } };
    const summary = await buildSearchIndex({ outDir: site, documents: searchDocuments(byDump), groups: ['d1', 'd2'], partSize: 2, singlePartMax: 0 });
    expect(summary).toMatchObject({ pages: 4, parts: 3, indexed: 3 });
    const names = (await readdir(site)).filter((name) => name.startsWith('pagefind')).sort();
    expect(names).toEqual(['pagefind', 'pagefind-part-2', 'pagefind-part-3']);
    expect(JSON.parse(await readFile(path.join(site, 'pagefind/atlas-parts.json'), 'utf8'))).toEqual({
      version: 1,
      parts: ['/pagefind-part-2/', '/pagefind-part-3/'],
    });
    expect(await indexedUrls('pagefind')).toEqual(['/topics/diffusion/']);
    expect(await indexedUrls('pagefind-part-2')).toEqual(['/papers/a/', '/papers/b/']);
    expect(await indexedUrls('pagefind-part-3')).toEqual(['/papers/c/']);
    const again = await buildSearchIndex({ outDir: site, documents: searchDocuments(exports) });
    expect(again.parts).toBe(1);
    expect((await readdir(site)).filter((name) => name.startsWith('pagefind'))).toEqual(['pagefind']);
  });

  test('keeps the parts whose documents did not change, and indexes the others again', async () => {
    const withDumps = (papers: PaperExport[], dumps: string[]): CatalogueExports => ({ ...exports, papers: { ...exports.papers, dumps, papers } });
    const [a, b, c] = exports.papers.papers as [PaperExport, PaperExport, PaperExport];
    const inDump = (p: PaperExport, dump: string) => ({ ...p, dumps: [dump], firstSeen: dump });
    const options = { outDir: site, partSize: 2, singlePartMax: 0 };
    const first = await buildSearchIndex({ ...options, documents: searchDocuments(withDumps([a, b, inDump(c, 'd2')], ['d1', 'd2'])), groups: ['d1', 'd2'] });
    expect(first.indexed).toBe(3);
    const previous = { digests: first.digests, salt: '' };
    const same = await buildSearchIndex({ ...options, documents: searchDocuments(withDumps([a, b, inDump(c, 'd2')], ['d1', 'd2'])), groups: ['d1', 'd2'], previous });
    expect(same).toMatchObject({ parts: 3, indexed: 0, pages: 0, digests: first.digests });
    expect(await indexedUrls('pagefind-part-3')).toEqual(['/papers/c/']);
    // A new dump's paper merges with the last part; the parts before it are kept.
    const d = inDump(paper('d', 'Rectified flow', 'Straight paths.'), 'd3');
    const grown = await buildSearchIndex({ ...options, documents: searchDocuments(withDumps([a, b, inDump(c, 'd2'), d], ['d1', 'd2', 'd3'])), groups: ['d1', 'd2', 'd3'], previous });
    expect(grown).toMatchObject({ parts: 3, indexed: 1, pages: 2 });
    expect(await indexedUrls('pagefind-part-2')).toEqual(['/papers/a/', '/papers/b/']);
    expect(await indexedUrls('pagefind-part-3')).toEqual(['/papers/c/', '/papers/d/']);
    // Another salt (other code or Pagefind version) indexes everything again.
    const other = await buildSearchIndex({ ...options, documents: searchDocuments(withDumps([a, b, inDump(c, 'd2'), d], ['d1', 'd2', 'd3'])), groups: ['d1', 'd2', 'd3'], previous: { digests: grown.digests, salt: 'x' } });
    expect(other.indexed).toBe(3);
  });

  test('hands each part indexed over as soon as it is written, and moves the parts into place after the hand-over', async () => {
    const own = path.join(site, 'handed-over');
    const byDump = { ...exports, papers: { ...exports.papers, dumps: ['d1', 'd2'], papers: exports.papers.papers.map((p, i) => (i === 2 ? { ...p, dumps: ['d2'], firstSeen: 'd2' } : p)) } };
    const options = { outDir: own, documents: searchDocuments(byDump), groups: ['d1', 'd2'], partSize: 2, singlePartMax: 0 };
    const handed: [string, string[], boolean][] = [];
    const first = await buildSearchIndex({
      ...options,
      onPartWritten: async (folder, bundleDir) => handed.push([folder, readBundleSlugs(bundleDir), existsSync(path.join(own, folder))]),
    });
    // Topics, then the papers of d1, then those of d2; none in place yet when handed over.
    expect(handed).toEqual([
      ['pagefind', [], false],
      ['pagefind-part-2', ['a', 'b'], false],
      ['pagefind-part-3', ['c'], false],
    ]);
    // Kept parts are not handed over; a failing hand-over fails the index and leaves the bundles as they were.
    const again: string[] = [];
    await buildSearchIndex({ ...options, previous: { digests: first.digests, salt: '' }, onPartWritten: async (folder) => again.push(folder) });
    expect(again).toEqual([]);
    const marker = path.join(own, 'pagefind-part-2', 'marker');
    await writeFile(marker, 'the bundle in place before the failed run');
    await expect(buildSearchIndex({ ...options, onPartWritten: async () => Promise.reject(new Error('cannot read it')) })).rejects.toThrow('cannot read it');
    expect(existsSync(marker)).toBe(true);
  });

  test('creates the site folder when it does not exist yet (a staging folder)', async () => {
    const staging = path.join(site, 'staging');
    expect(await buildSearchIndex({ outDir: staging, documents: searchDocuments(exports) })).toMatchObject({ pages: 4, parts: 1 });
    expect(await indexedUrls('staging/pagefind')).toHaveLength(4);
  });
});
