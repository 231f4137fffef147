/**
 * The one place that talks to Pagefind: indexes a built site and writes the
 * search bundle into it.
 *
 * Memory: one Pagefind pass holds the whole index in memory (measured 9.5 GB
 * at 100k pages, shared/MEASUREMENTS.md), so a site with more than `partSize`
 * pages is indexed in equal parts of at most `partSize` pages, each in its own
 * index that is deleted before the next starts (~2.4 GB at the default 25k).
 * Part 1 goes to `/pagefind/` (with the Default UI files), part n to
 * `/pagefind-part-n/`; `/pagefind/atlas-parts.json` lists the extra parts and the
 * search page merges them in the browser (`mergeIndex`). Only pages with
 * `data-pagefind-body` are fed (Pagefind applies that rule per index, see below).
 * Pages keep their indexed text small themselves with `data-pagefind-body`.
 *
 * Everything is written to `<site>/.pagefind-staging/` first and moved into
 * place only when every part succeeded, so a failed run never leaves a half index.
 */
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchPartPath, SEARCH_PARTS_FILE, type SearchPartsManifest } from '../../../src/lib/search-options.ts';
import { isIndexablePage, planSearchParts } from './plan-search-parts.ts';

/** Default most pages per Pagefind pass; see the module comment. */
export const DEFAULT_PART_SIZE = 25_000;
/** Files read at once when a part is fed page by page. */
const READ_CONCURRENCY = 32;
const STAGING = '.pagefind-staging';

/** Options of {@link buildSearchIndex}. */
export interface BuildSearchIndexOptions {
  /** Folder of the built site, e.g. `dist`. */
  siteDir: string;
  /** Most pages per Pagefind pass. */
  partSize?: number;
  /** Receives one line per part; the CLI prints them. */
  log?: (line: string) => void;
}

/** What {@link buildSearchIndex} did. */
export interface SearchIndexSummary {
  /** HTML files found in the site. */
  files: number;
  /** Pages Pagefind indexed (pages without `data-pagefind-body` are skipped when others have it). */
  pages: number;
  parts: number;
  /** Bytes of all written bundles. */
  bytes: number;
}

/**
 * Indexes every page of a built site with Pagefind.
 *
 * @throws {Error} When the site folder is missing or Pagefind reports any error; the message names the step.
 */
export async function buildSearchIndex({
  siteDir,
  partSize = DEFAULT_PART_SIZE,
  log = () => {},
}: BuildSearchIndexOptions): Promise<SearchIndexSummary> {
  const site = path.resolve(siteDir);
  const files = await listPages(site);
  if (files.length === 0) throw new Error(`Cannot index search: expected HTML pages in ${site}, got none; run \`astro build\` first`);
  // Pagefind skips pages without `data-pagefind-body` once any page has it, but only within one
  // index: a part without such pages would index whole pages. So parts are planned over the pages
  // that carry it (all pages when none does). Filtering here also halves indexing time: Pagefind
  // no longer parses the thousands of list pages it would skip anyway.
  const selected = await pagesWithBody(site, files);
  const plan = planSearchParts(selected.length > 0 ? selected : files, partSize);
  const staging = path.join(site, STAGING);
  await rm(staging, { recursive: true, force: true });
  let pages = 0;
  try {
    for (const [index, part] of plan.entries()) {
      const n = index + 1;
      const outputPath = path.join(staging, searchPartPath(n));
      const indexed = await indexPart(site, part, outputPath);
      pages += indexed;
      log(`part ${n}/${plan.length}: ${indexed} pages indexed of ${part.length} files`);
    }
    const manifest: SearchPartsManifest = { version: 1, parts: plan.slice(1).map((_, i) => searchPartPath(i + 2)) };
    await writeFile(path.join(staging, searchPartPath(1), SEARCH_PARTS_FILE), `${JSON.stringify(manifest)}\n`);
  } finally {
    await pagefind.close();
  }
  await swapIntoPlace(site, staging);
  return { files: files.length, pages, parts: plan.length, bytes: await folderBytes(site, (name) => /^pagefind(?:-part-\d+)?$/.test(name)) };
}

const indexConfig = {
  // The catalogue is English; one language keeps one index and one stemmer even if a page lacks `lang`.
  forceLanguage: 'en',
} satisfies pagefind.PagefindServiceConfig;

async function indexPart(site: string, part: readonly string[], outputPath: string): Promise<number> {
  const index = await openIndex();
  try {
    for (let start = 0; start < part.length; start += READ_CONCURRENCY) {
      const batch = part.slice(start, start + READ_CONCURRENCY);
      const results = await Promise.all(
        batch.map(async (sourcePath) => {
          const content = await readFile(path.join(site, sourcePath), 'utf8');
          return index.addHTMLFile({ sourcePath: sourcePath.split(path.sep).join('/'), content });
        }),
      );
      for (const [i, result] of results.entries()) check(`add ${batch[i]}`, result.errors);
    }
    return await write(index, outputPath);
  } finally {
    await index.deleteIndex();
  }
}

/** The pages that carry `data-pagefind-body`, in the given order. */
async function pagesWithBody(site: string, files: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (let start = 0; start < files.length; start += READ_CONCURRENCY) {
    const batch = files.slice(start, start + READ_CONCURRENCY);
    const texts = await Promise.all(batch.map((file) => readFile(path.join(site, file), 'utf8')));
    for (const [i, text] of texts.entries()) if (text.includes('data-pagefind-body')) found.push(batch[i] as string);
  }
  return found;
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

async function listPages(site: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(site, { recursive: true });
  } catch (error) {
    throw new Error(`Cannot index search: expected a built site at ${site}, got no folder; run \`astro build\` first`, { cause: error });
  }
  return names.filter(isIndexablePage).sort();
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

