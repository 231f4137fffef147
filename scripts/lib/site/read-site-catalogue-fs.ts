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
import { readEntryFrontmatter } from '../../../src/lib/render-entry-body.ts';
import { catalogueExports, type CatalogueExports, type SiteCatalogue } from '../../../src/lib/site-data-files.ts';
import type { SiteAddress } from '../../../src/lib/site-address.ts';
import { indexBy } from '../../../src/lib/index-by.ts';
import { readCatalogueJson } from '../../../src/lib/read-catalogue-json-fs.ts';
import { paperEntrySchema, type PaperEntry } from '../../../src/schemas/paper-entry.ts';

/** Entry files read at once. */
const READ_CONCURRENCY = 32;

/**
 * Reads `<content>/papers/**\/*.mdx` (frontmatter only) and `<content>/catalogue/*.json`
 * ({@link readCatalogueJson}, as the pages read them).
 *
 * @throws {Error} When a file is missing, is not valid JSON or YAML, or does not match its
 *   schema; the message names the file.
 */
export async function readSiteCatalogue(contentDir: string): Promise<SiteCatalogue> {
  const [{ topics, keywords, dumps, overview }, papers] = await Promise.all([
    readCatalogueJson(contentDir),
    readPaperEntries(path.join(contentDir, 'papers')),
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

async function readPaperEntries(papersDir: string) {
  let names: string[];
  try {
    names = (await readdir(papersDir, { recursive: true })).filter((name) => name.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
  const entries = new Array<Omit<PaperEntry, 'source'>>(names.length);
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
