/**
 * The paper entries of Astro's content store, checked against the entry files they were loaded
 * from. Astro's content sync has already read and validated every entry (the `papers`
 * collection's schema, through our loader), and its store holds what it kept of each
 * (`src/loaders/paper-entries-loader-fs.ts`); the site's data files can be made from that instead
 * of reading and validating every entry file a second time (at 100k papers: 33 s against ~8 s).
 *
 * The store is Astro's `data-store.json` as devalue's `unflatten` gives it back: a map from
 * collection name to a map from entry id to `{ id, data, filePath, … }`.
 */
import path from 'node:path';
import type { PaperEntry } from '../../../src/schemas/paper-entry.ts';

/** A paper entry as the content store keeps it: without its `source`, which no page reads. */
export type StoredPaperEntry = Omit<PaperEntry, 'source'>;

interface StoredEntry {
  id: string;
  data: StoredPaperEntry;
  filePath?: string;
}

/**
 * The `papers` collection's entries in the order of `entryNames` (the entry files, relative to the
 * papers folder, sorted), one per file.
 *
 * @throws {Error} When the store is not a map of collections, or an entry file has no entry in
 *   it, or it has an entry with no file: the store is not of these files (the message names one).
 */
export function storedPaperEntries(store: unknown, entryNames: readonly string[], storeFile: string): StoredPaperEntry[] {
  if (!(store instanceof Map)) throw new Error(`Cannot read ${storeFile}: expected Astro's map of collections`);
  const papers: unknown = store.get('papers') ?? new Map();
  if (!(papers instanceof Map)) throw new Error(`Cannot read ${storeFile}: expected the papers collection as a map of entries`);
  const entries = entryNames.map((name) => {
    const id = path.basename(name, '.mdx');
    const entry = papers.get(id) as StoredEntry | undefined;
    const stored = entry?.filePath?.split(path.sep).join('/');
    if (!entry || stored === undefined || !stored.endsWith(`/${name.split(path.sep).join('/')}`)) {
      throw new Error(`Cannot read ${storeFile}: expected the entry of papers/${name}, got ${stored ? `one from ${stored}` : 'none'}`);
    }
    return entry.data;
  });
  if (papers.size !== entryNames.length) {
    const named = new Set(entryNames.map((name) => path.basename(name, '.mdx')));
    const extra = [...papers.keys()].find((id) => !named.has(id as string));
    throw new Error(`Cannot read ${storeFile}: expected ${entryNames.length} paper entries, got ${papers.size} (e.g. "${String(extra)}", which has no file)`);
  }
  return entries;
}
