/**
 * The one place that talks to Pagefind: indexes a catalogue's papers and topics and writes
 * the search bundle into the site (or a staging folder standing for it).
 *
 * Input: the published catalogue (what `/papers.json` and `/topics.json` hold), one small
 * HTML document per paper and topic (search-documents.ts), not the built pages: same fields,
 * and no need to wait for `astro build`.
 *
 * Memory: one Pagefind pass holds the whole index in memory (measured 9.5 GB at 100k pages,
 * shared/MEASUREMENTS.md), so a catalogue of more than `partSize` documents is indexed in
 * equal parts of at most `partSize`, each in its own index that is deleted before the next
 * starts. Part 1 goes to `/pagefind/` (with the Default UI files), part n to
 * `/pagefind-part-n/`; `/pagefind/atlas-parts.json` lists the extra parts and the search page
 * merges them in the browser (`mergeIndex`).
 *
 * Everything is written to `<site>/.pagefind-staging/` first and moved into place only when
 * every part succeeded, so a failed run never leaves a half index.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchPartPath, SEARCH_PARTS_FILE, type SearchPartsManifest } from '../../../src/lib/search-options.ts';
import { planSearchParts } from './plan-search-parts.ts';
import type { SearchDocument } from './search-documents.ts';

/**
 * Default most documents per Pagefind pass; see the module comment. A pass holds ~85 MB per
 * 1,000 documents (measured: ~830 MB at 10k) and runs while `astro build` renders pages, so
 * parts are kept small: 10k papers → 2 parts, 100k → 11.
 */
export const DEFAULT_PART_SIZE = 10_000;
/** Documents handed to Pagefind at once. */
const ADD_CONCURRENCY = 64;
const STAGING = '.pagefind-staging';

/** Options of {@link buildSearchIndex}. */
export interface BuildSearchIndexOptions {
  /** Folder standing for the site root, e.g. `dist`; the bundles go into it. */
  outDir: string;
  /** What to index, in order (search-documents.ts makes them from the published catalogue). */
  documents: readonly SearchDocument[];
  /** Most documents per Pagefind pass. */
  partSize?: number;
  /** Receives one line per part; the CLI prints them. */
  log?: (line: string) => void;
}

/** What {@link buildSearchIndex} did. */
export interface SearchIndexSummary {
  /** Documents given. */
  documents: number;
  /** Pages Pagefind reports indexed (one per document). */
  pages: number;
  parts: number;
  /** Bytes of all written bundles. */
  bytes: number;
}

/**
 * Indexes every paper and topic of a catalogue with Pagefind.
 *
 * @throws {Error} When Pagefind reports any error; the message names the step.
 */
export async function buildSearchIndex({
  outDir,
  documents,
  partSize = DEFAULT_PART_SIZE,
  log = () => {},
}: BuildSearchIndexOptions): Promise<SearchIndexSummary> {
  const site = path.resolve(outDir);
  await mkdir(site, { recursive: true });
  const plan = planSearchParts(documents, partSize);
  const staging = path.join(site, STAGING);
  await rm(staging, { recursive: true, force: true });
  let pages = 0;
  try {
    // An empty catalogue still gets a (empty) bundle, so the search page loads.
    for (const [index, part] of (plan.length > 0 ? plan : [[]]).entries()) {
      const n = index + 1;
      const outputPath = path.join(staging, searchPartPath(n));
      const indexed = await indexPart(part, outputPath);
      pages += indexed;
      log(`part ${n}/${Math.max(1, plan.length)}: ${indexed} pages indexed of ${part.length} documents`);
    }
    const manifest: SearchPartsManifest = { version: 1, parts: plan.slice(1).map((_, i) => searchPartPath(i + 2)) };
    await writeFile(path.join(staging, searchPartPath(1), SEARCH_PARTS_FILE), `${JSON.stringify(manifest)}\n`);
  } finally {
    await pagefind.close();
  }
  await swapIntoPlace(site, staging);
  return {
    documents: documents.length,
    pages,
    parts: Math.max(1, plan.length),
    bytes: await folderBytes(site, (name) => /^pagefind(?:-part-\d+)?$/.test(name)),
  };
}

const indexConfig = {
  // The catalogue is English; one language keeps one index and one stemmer.
  forceLanguage: 'en',
} satisfies pagefind.PagefindServiceConfig;

async function indexPart(part: readonly SearchDocument[], outputPath: string): Promise<number> {
  const index = await openIndex();
  try {
    for (let start = 0; start < part.length; start += ADD_CONCURRENCY) {
      const batch = part.slice(start, start + ADD_CONCURRENCY);
      const results = await Promise.all(batch.map((document) => index.addHTMLFile({ url: document.url, content: document.html })));
      for (const [i, result] of results.entries()) check(`add ${batch[i]!.url}`, result.errors);
    }
    return await write(index, outputPath);
  } finally {
    await index.deleteIndex();
  }
}

async function openIndex(): Promise<pagefind.PagefindIndex> {
  const created = await pagefind.createIndex(indexConfig);
  check('create an index', created.errors);
  if (!created.index) throw new Error('Cannot index search: expected Pagefind to create an index, got none');
  return created.index;
}

/** Writes the bundle and returns how many pages it holds (Pagefind's own count, after `data-pagefind-body` filtering). */
async function write(index: pagefind.PagefindIndex, outputPath: string): Promise<number> {
  const written = await index.writeFiles({ outputPath });
  check(`write ${outputPath}`, written.errors);
  const entryFile = path.join(outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  if (!entry.languages) throw new Error(`Cannot index search: expected languages in ${entryFile}, got ${JSON.stringify(entry)}`);
  return Object.values(entry.languages).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

function check(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) {
    throw new Error(`Cannot index search: Pagefind failed to ${step}: ${errors.join('; ')}`);
  }
}

/** Replaces the bundles of a previous run with the staged ones. */
async function swapIntoPlace(site: string, staging: string): Promise<void> {
  for (const name of await readdir(site)) {
    if (/^pagefind(?:-part-\d+)?$/.test(name)) await rm(path.join(site, name), { recursive: true, force: true });
  }
  for (const name of await readdir(staging)) await rename(path.join(staging, name), path.join(site, name));
  await rm(staging, { recursive: true, force: true });
}

async function folderBytes(site: string, include: (name: string) => boolean): Promise<number> {
  let total = 0;
  for (const name of (await readdir(site)).filter(include)) {
    for (const file of await readdir(path.join(site, name), { recursive: true })) {
      const info = await stat(path.join(site, name, file));
      if (info.isFile()) total += info.size;
    }
  }
  return total;
}

