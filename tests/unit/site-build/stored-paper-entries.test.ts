import { describe, expect, test } from 'vitest';
import { storedPaperEntries, type StoredPaperEntry } from '../../../scripts/lib/site/stored-paper-entries.ts';

const STORE_FILE = '/cache/data-store.json';

function paper(slug: string): StoredPaperEntry {
  return { title: slug, slug, topic: 'physics', keywords: [], related: [], codeLinks: [], dumps: ['d1'], firstSeen: 'd1', abstractText: '' };
}

/** A content store as devalue gives it back: collections by name, entries by id. */
function store(entries: [string, string][]): Map<string, Map<string, unknown>> {
  const papers = new Map(entries.map(([id, filePath]) => [id, { id, data: paper(id), filePath, digest: 'x', rendered: { html: '<p></p>' } }]));
  return new Map([['papers', papers]]);
}

describe('storedPaperEntries', () => {
  test('the entries in the order of the files, whatever the store order', () => {
    const entries = storedPaperEntries(
      store([
        ['b', 'content/papers/physics/b.mdx'],
        ['a', 'content/papers/physics/a.mdx'],
        ['c', 'content/papers/biology/c.mdx'],
      ]),
      ['biology/c.mdx', 'physics/a.mdx', 'physics/b.mdx'],
      STORE_FILE,
    );
    expect(entries.map((entry) => entry.slug)).toEqual(['c', 'a', 'b']);
  });

  test('an entry file missing from the store is named', () => {
    const names = ['physics/a.mdx', 'physics/new.mdx'];
    expect(() => storedPaperEntries(store([['a', 'content/papers/physics/a.mdx']]), names, STORE_FILE)).toThrow(
      /data-store\.json: expected the entry of papers\/physics\/new\.mdx, got none/,
    );
  });

  test('a store entry of another file (a paper that moved topic) is not taken for it', () => {
    expect(() => storedPaperEntries(store([['a', 'content/papers/biology/a.mdx']]), ['physics/a.mdx'], STORE_FILE)).toThrow(
      /expected the entry of papers\/physics\/a\.mdx, got one from content\/papers\/biology\/a\.mdx/,
    );
  });

  test('a store entry with no file (a deleted paper) is named', () => {
    const stored = store([
      ['a', 'content/papers/physics/a.mdx'],
      ['gone', 'content/papers/physics/gone.mdx'],
    ]);
    expect(() => storedPaperEntries(stored, ['physics/a.mdx'], STORE_FILE)).toThrow(/expected 1 paper entries, got 2 \(e\.g\. "gone"/);
  });

  test('a store of another shape is refused', () => {
    expect(() => storedPaperEntries([], [], STORE_FILE)).toThrow(/expected Astro's map of collections/);
    expect(() => storedPaperEntries(new Map([['papers', []]]), [], STORE_FILE)).toThrow(/papers collection as a map/);
  });

  test('no papers collection and no entry files: no papers', () => {
    expect(storedPaperEntries(new Map(), [], STORE_FILE)).toEqual([]);
  });
});
