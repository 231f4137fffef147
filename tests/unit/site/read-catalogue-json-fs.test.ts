import { mkdirSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { catalogueJsonStamp, readCatalogueJson } from '../../../src/lib/read-catalogue-json-fs.ts';

const graph = { nodes: [{ id: 'score-matching', label: 'score matching', papers: 2 }], edges: [] };
const graphLayout = {
  width: 400,
  height: 300,
  fontSize: 12,
  nodes: [{ ...graph.nodes[0], x: 200, y: 150, r: 6, labelPlacement: { text: 'score matching', side: 'right', x: 208, y: 150, anchor: 'start' } }],
  edges: [],
};
const topic = (slug: string) => ({
  id: slug,
  slug,
  label: 'Diffusion Models',
  keywords: [{ slug: 'score-matching', label: 'score matching' }],
  papers: ['score-matching-at-scale'],
  npmi: 0.31,
  related: [],
  miscellany: false,
  graph,
  graphLayout,
});
const keyword = (slug: string) => ({ id: slug, slug, label: slug.replaceAll('-', ' '), papers: ['score-matching-at-scale'], cooccurring: [] });
const dump = { id: '000_a', file: '000_a.txt', records: 2, newPapers: ['score-matching-at-scale'], duplicates: 0, skipped: [] };
const overview = (id: string, papers = 1) => ({
  id,
  papers,
  topics: 1,
  keywords: 1,
  dumps: ['000_a'],
  latestDump: '000_a',
  quality: { topics: 1, meanNpmi: 0.31, diversity: 1 },
  graph,
  graphLayout,
});

/** The four files as the pipeline writes them (each item with the `id` the collections needed). */
const validFiles = (): Record<string, unknown> => ({
  'topics.json': [topic('diffusion'), topic('speech')],
  'keywords.json': [keyword('score-matching')],
  'dumps.json': [dump],
  'overview.json': [overview('catalogue')],
});

const folders: string[] = [];
/** A content folder whose `catalogue/` holds `files` (JSON values, or text as it is). */
function contentWith(files: Record<string, unknown>): string {
  const content = mkdtempSync(path.join(tmpdir(), 'atlas-catalogue-json-'));
  folders.push(content);
  mkdirSync(path.join(content, 'catalogue'));
  for (const [name, value] of Object.entries(files)) {
    if (value === undefined) continue;
    writeFileSync(path.join(content, 'catalogue', name), typeof value === 'string' ? value : JSON.stringify(value));
  }
  return content;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('readCatalogueJson', () => {
  test('reads the four files in their order, dropping fields the schemas do not know (the `id`s)', async () => {
    const catalogue = await readCatalogueJson(contentWith(validFiles()));
    expect(catalogue.topics.map((item) => item.slug)).toEqual(['diffusion', 'speech']);
    expect(catalogue.topics[0]).toEqual({ ...topic('diffusion'), id: undefined });
    expect(catalogue.topics[0]).not.toHaveProperty('id');
    expect(catalogue.keywords).toEqual([{ slug: 'score-matching', label: 'score matching', papers: ['score-matching-at-scale'], cooccurring: [] }]);
    expect(catalogue.dumps).toEqual([dump]);
    expect(catalogue.overview).not.toHaveProperty('id');
    expect(catalogue.overview.papers).toBe(1);
  });

  test.each([
    ['the item `catalogue`', [overview('other', 7), overview('catalogue', 1)], 1],
    ['the first item when none is `catalogue`', [overview('other', 7), overview('another', 1)], 7],
  ])('the overview is %s', async (_, items, papers) => {
    const catalogue = await readCatalogueJson(contentWith({ ...validFiles(), 'overview.json': items }));
    expect(catalogue.overview.papers).toBe(papers);
  });

  test('empty lists are an empty catalogue', async () => {
    const catalogue = await readCatalogueJson(contentWith({ ...validFiles(), 'topics.json': [], 'keywords.json': [], 'dumps.json': [] }));
    expect([catalogue.topics, catalogue.keywords, catalogue.dumps]).toEqual([[], [], []]);
  });

  test.each<[string, Record<string, unknown>, RegExp]>([
    ['a missing file', { 'keywords.json': undefined }, /Cannot read the catalogue: expected .*catalogue\/keywords\.json, got none; run `npm run pipeline`/],
    ['a file that is not JSON', { 'topics.json': '[{"slug": ' }, /Cannot read the catalogue: expected JSON in .*catalogue\/topics\.json, got /],
    ['a file that is not a list', { 'dumps.json': { '000_a': dump } }, /expected .*catalogue\/dumps\.json to hold a list, got object/],
    ['a file that is null', { 'dumps.json': null }, /expected .*catalogue\/dumps\.json to hold a list, got null/],
    [
      'a topic with a bad slug, by index and slug',
      { 'topics.json': [topic('diffusion'), { ...topic('speech'), papers: ['Not A Slug'] }] },
      /catalogue\/topics\.json: item 1 \("speech"\) does not match its schema: papers\.0: expected a lowercase ASCII slug$/,
    ],
    [
      'a keyword without a label, by index and slug',
      { 'keywords.json': [keyword('score-matching'), keyword('diffusion'), { ...keyword('flow'), label: '' }] },
      /catalogue\/keywords\.json: item 2 \("flow"\) does not match its schema: label: /,
    ],
    [
      'a topic whose laid-out graph lost a field, counting the other issues',
      { 'topics.json': [{ ...topic('diffusion'), graphLayout: { ...graphLayout, width: undefined, height: -1 } }] },
      /catalogue\/topics\.json: item 0 \("diffusion"\) does not match its schema: graphLayout\.width: .* \(and 1 more issue\)$/,
    ],
    ['an item that is not an object, by index', { 'dumps.json': [dump, 'x'] }, /catalogue\/dumps\.json: item 1 does not match its schema: /],
    ['a dump summary by its id', { 'dumps.json': [{ ...dump, records: -1 }] }, /catalogue\/dumps\.json: item 0 \("000_a"\) does not match its schema: records: /],
    [
      'two topics with one slug',
      { 'topics.json': [topic('diffusion'), topic('speech'), topic('diffusion')] },
      /catalogue\/topics\.json: item 2 \("diffusion"\): expected a unique key, got "diffusion" again \(item 0\)/,
    ],
    ['two dumps with one id', { 'dumps.json': [dump, dump] }, /catalogue\/dumps\.json: item 1 \("000_a"\): expected a unique key, got "000_a" again \(item 0\)/],
    ['an overview that breaks its schema', { 'overview.json': [{ ...overview('catalogue'), latestDump: 3 }] }, /catalogue\/overview\.json: item 0 \("catalogue"\) does not match its schema: latestDump: /],
    ['an empty overview', { 'overview.json': [] }, /Cannot read the catalogue: expected an item in .*catalogue\/overview\.json, got none/],
  ])('%s is refused, naming the file', async (_, files, message) => {
    await expect(readCatalogueJson(contentWith({ ...validFiles(), ...files }))).rejects.toThrow(message);
  });

  test('a schema error keeps the issues as its cause', async () => {
    const error = await readCatalogueJson(contentWith({ ...validFiles(), 'keywords.json': [{ ...keyword('flow'), papers: 3 }] })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).cause).toHaveProperty('issues');
  });
});

describe('catalogueJsonStamp', () => {
  test('changes when a file is rewritten, touched or removed, and only then', async () => {
    const content = contentWith(validFiles());
    const file = path.join(content, 'catalogue', 'keywords.json');
    const first = await catalogueJsonStamp(content);
    expect(await catalogueJsonStamp(content)).toBe(first);
    utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const touched = await catalogueJsonStamp(content);
    expect(touched).not.toBe(first);
    writeFileSync(file, JSON.stringify([keyword('other-keyword')]));
    const rewritten = await catalogueJsonStamp(content);
    expect(rewritten).not.toBe(touched);
    unlinkSync(file);
    expect(await catalogueJsonStamp(content)).not.toBe(rewritten);
  });
});
