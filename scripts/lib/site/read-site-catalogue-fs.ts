/**
 * The published catalogue read straight from the pipeline's content folder, indexed as the
 * pages' `loadCatalogue()` indexes it, so the site's data files and search index can be made
 * while `astro build` renders the pages instead of after it. Paper entries are validated by the
 * `papers` collection's schema; the catalogue files are read by the pages' own reader
 * (`src/lib/read-catalogue-json-fs.ts`); the post-build check compares the finished site
 * against the same content.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as devalue from 'devalue';
import { readEntryFrontmatter } from '../../../src/lib/render-entry-body.ts';
import { catalogueExports, type CatalogueExports, type SiteCatalogue } from '../../../src/lib/site-data-files.ts';
import type { SiteAddress } from '../../../src/lib/site-address.ts';
import { indexBy } from '../../../src/lib/index-by.ts';
import { readCatalogueJson } from '../../../src/lib/read-catalogue-json-fs.ts';
import { paperEntrySchema } from '../../../src/schemas/paper-entry.ts';
import { storedPaperEntries, type StoredPaperEntry } from './stored-paper-entries.ts';

/** Entry files read at once. */
const READ_CONCURRENCY = 32;

/**
 * Reads `<content>/papers/**\/*.mdx` (frontmatter only) and `<content>/catalogue/*.json`
 * ({@link readCatalogueJson}, as the pages read them). Given `storeFile` (Astro's
 * `data-store.json`, synced from this content), the papers are taken from it instead of their
 * files, which are then only listed (stored-paper-entries.ts).
 *
 * @throws {Error} When a file is missing, is not valid JSON or YAML, or does not match its
 *   schema, or the store does not hold exactly the entry files; the message names the file.
 */
export async function readSiteCatalogue(contentDir: string, { storeFile }: { storeFile?: string } = {}): Promise<SiteCatalogue> {
  const papersDir = path.join(contentDir, 'papers');
  const [{ topics, keywords, dumps, overview }, papers] = await Promise.all([
    readCatalogueJson(contentDir),
    storeFile ? readStoredPaperEntries(papersDir, storeFile) : readPaperEntries(papersDir),
  ]);
  return {
    papers: indexBy(
      papers.map((data) => ({ id: data.slug, data })),
      (entry) => entry.id,
    ),
    topics: indexBy(topics, (topic) => topic.slug),
    keywords: indexBy(keywords, (keyword) => keyword.slug),
    dumps: indexBy(dumps, (dump) => dump.id),
    overview,
  };
}

/** {@link readSiteCatalogue}, then both exports for a site at `address`. */
export async function readCatalogueExports(contentDir: string, address: SiteAddress): Promise<CatalogueExports> {
  return catalogueExports(await readSiteCatalogue(contentDir), address);
}

/** The entry files under `papersDir`, relative to it, sorted; none when there is no such folder. */
async function listEntryNames(papersDir: string): Promise<string[]> {
  try {
    return (await readdir(papersDir, { recursive: true })).filter((name) => name.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
}

async function readStoredPaperEntries(papersDir: string, storeFile: string): Promise<StoredPaperEntry[]> {
  const [names, text] = await Promise.all([listEntryNames(papersDir), readFile(storeFile, 'utf8')]);
  let store: unknown;
  try {
    store = devalue.parse(text);
  } catch (error) {
    throw new Error(`Cannot read ${storeFile}: expected Astro's content store (devalue JSON)`, { cause: error });
  }
  return storedPaperEntries(store, names, storeFile);
}

async function readPaperEntries(papersDir: string): Promise<StoredPaperEntry[]> {
  const names = await listEntryNames(papersDir);
  const entries = new Array<StoredPaperEntry>(names.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < names.length; i = next++) {
      const file = path.join(papersDir, names[i]!);
      const parsed = paperEntrySchema.safeParse(readEntryFrontmatter(await readFile(file, 'utf8'), file));
      if (!parsed.success) throw new Error(`Cannot read the catalogue: ${file} does not match the paper entry schema: ${parsed.error.message}`);
      // The dump's original title and abstract (a third of an entry) are validated, not kept: no data
      // file reads them, and at 100k papers the catalogue is held while every data file is written.
      const { source: _unread, ...data } = parsed.data;
      entries[i] = data;
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  return entries;
}
