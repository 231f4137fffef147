/**
 * The one place that talks to Pagefind: indexes a catalogue's papers and topics and writes
 * the search bundle into the site (or a staging folder standing for it).
 *
 * Input: the published catalogue (what `/papers.json` and `/topics.json` hold), one small
 * HTML document per paper and topic (search-documents.ts), not the built pages: same fields,
 * and no need to wait for `astro build`.
 *
 * Parts: one Pagefind pass holds the whole index in memory (measured 9.5 GB at 100k pages,
 * shared/MEASUREMENTS.md), so the documents are indexed in parts (plan-search-parts.ts: the
 * topics, then the papers by the dump they were first seen in, at most `partSize` a part), each
 * its own index. Part 1 goes to `/pagefind/` (with the Default UI files), part n to
 * `/pagefind-part-n/`; `/pagefind/atlas-parts.json` lists the extra parts and the search page
 * merges them in the browser (`mergeIndex`). A part whose documents are those of the last build
 * (same digest, `previous`) and whose folder is still there is kept as it is: a new dump's papers
 * land in the last parts, so a rebuild indexes those again and not the whole catalogue.
 *
 * The parts indexed are written to `<site>/.pagefind-staging/` first and moved into place only
 * when every one succeeded, so a failed run never leaves a half index.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchPartPath, SEARCH_PARTS_FILE, type SearchPartsManifest } from '../../../src/lib/search-options.ts';
import { planSearchParts } from './plan-search-parts.ts';
import type { SearchDocument } from './search-documents.ts';

/**
 * Default most documents per Pagefind pass; see the module comment. A pass holds ~85 MB per
 * 1,000 documents (measured: ~830 MB at 10k) and runs while `astro build` renders pages, so
 * parts are kept small.
 */
export const DEFAULT_PART_SIZE = 10_000;
/** Default most papers indexed as one part with the topics (see `SearchPartSizes.singlePartMax`). */
export const DEFAULT_SINGLE_PART_MAX = 2_000;
/** Documents handed to Pagefind at once. */
const ADD_CONCURRENCY = 64;
const STAGING = '.pagefind-staging';

/** Options of {@link buildSearchIndex}. */
export interface BuildSearchIndexOptions {
  /** Folder standing for the site root, e.g. `dist`; the bundles go into it. */
  outDir: string;
  /** What to index, in order (search-documents.ts makes them from the published catalogue). */
  documents: readonly SearchDocument[];
  /** The dumps, in order: papers are put in parts by the dump they were first seen in. */
  groups?: readonly string[];
  /** Most documents per Pagefind pass. */
  partSize?: number;
  /** Most papers indexed as one part with the topics. */
  singlePartMax?: number;
  /**
   * The last build's part digests (as {@link SearchIndexSummary.digests} gave them) and a salt
   * that changes with everything else the bundles depend on (code, Pagefind's version): parts
   * with equal digests are kept.
   */
  previous?: { digests: Readonly<Record<string, string>>; salt: string };
  /** Receives one line per part; the CLI prints them. */
  log?: (line: string) => void;
  /**
   * Called with each part indexed this time as soon as its bundle is written (its folder name in
   * the site, e.g. `pagefind-part-2`, and where it is until every part is done), while the next
   * part is indexed. The bundles move into place only when the promises it returns have settled;
   * the first to fail fails the index.
   */
  onPartWritten?: (folder: string, bundleDir: string) => Promise<unknown>;
}

/** What {@link buildSearchIndex} did. */
export interface SearchIndexSummary {
  /** Documents given. */
  documents: number;
  /** Pages Pagefind reports indexed in the parts indexed this time. */
  pages: number;
  parts: number;
  /** Parts indexed this time (the others were kept). */
  indexed: number;
  /** Bytes of all bundles. */
  bytes: number;
  /** Digest of each part's documents, by its folder relative to the site (e.g. `pagefind-part-2/`). */
  digests: Record<string, string>;
}

/**
 * Indexes every paper and topic of a catalogue with Pagefind.
 *
 * @throws {Error} When Pagefind reports any error; the message names the step.
 */
export async function buildSearchIndex({
  outDir,
  documents,
  groups = [],
  partSize = DEFAULT_PART_SIZE,
  singlePartMax = DEFAULT_SINGLE_PART_MAX,
  previous,
  log = () => {},
  onPartWritten,
}: BuildSearchIndexOptions): Promise<SearchIndexSummary> {
  const site = path.resolve(outDir);
  await mkdir(site, { recursive: true });
  // An empty catalogue still gets a (empty) bundle, so the search page loads.
  const plan = planSearchParts(documents, groups, { partSize, singlePartMax });
  const parts = plan.length > 0 ? plan : [[]];
  const staging = path.join(site, STAGING);
  await rm(staging, { recursive: true, force: true });
  const digests: Record<string, string> = {};
  const indexed: string[] = [];
  const afterWritten: Promise<unknown>[] = [];
  let readers: PromiseSettledResult<unknown>[] = [];
  let pages = 0;
  try {
    for (const [index, part] of parts.entries()) {
      const n = index + 1;
      const folder = searchPartPath(n).slice(1);
      const digest = partDigest(part, previous?.salt ?? '');
      digests[folder] = digest;
      if (previous?.digests[folder] === digest && existsSync(path.join(site, folder))) {
        log(`part ${n}/${parts.length}: ${part.length} documents as indexed before, kept`);
        continue;
      }
      const bundleDir = path.join(staging, folder);
      const count = await indexPart(part, bundleDir);
      pages += count;
      indexed.push(folder);
      if (onPartWritten) {
        const reading = onPartWritten(folder.replace(/\/$/, ''), bundleDir);
        // Reported after the loop; meanwhile the next part is indexed.
        reading.catch(() => {});
        afterWritten.push(reading);
      }
      log(`part ${n}/${parts.length}: ${count} pages indexed of ${part.length} documents`);
    }
  } finally {
    await pagefind.close();
    // Whatever happened, no reader is left working in the staging folder.
    readers = await Promise.allSettled(afterWritten);
  }
  const failed = readers.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  await swapIntoPlace(site, staging, indexed, new Set(Object.keys(digests)));
  const manifest: SearchPartsManifest = { version: 1, parts: parts.slice(1).map((_, i) => searchPartPath(i + 2)) };
  await writeFile(path.join(site, searchPartPath(1), SEARCH_PARTS_FILE), `${JSON.stringify(manifest)}\n`);
  return {
    documents: documents.length,
    pages,
    parts: parts.length,
    indexed: indexed.length,
    bytes: await folderBytes(site, (name) => /^pagefind(?:-part-\d+)?$/.test(name)),
    digests,
  };
}

/** A digest of a part's documents, in order, and of what else its bundle depends on. */
function partDigest(part: readonly SearchDocument[], salt: string): string {
  const hash = createHash('sha1').update(`${salt}\0`);
  for (const { url, html } of part) hash.update(`${url.length}:${url}${html.length}:${html}`);
  return hash.digest('base64url');
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

/**
 * Moves the parts indexed this time into place (replacing their previous bundles) and removes
 * bundles of parts the plan no longer has; kept parts stay as they are.
 */
async function swapIntoPlace(site: string, staging: string, indexed: readonly string[], planned: ReadonlySet<string>): Promise<void> {
  for (const name of await readdir(site)) {
    if (/^pagefind(?:-part-\d+)?$/.test(name) && !planned.has(`${name}/`)) await rm(path.join(site, name), { recursive: true, force: true });
  }
  for (const folder of indexed) {
    const target = path.join(site, folder);
    await rm(target, { recursive: true, force: true });
    await rename(path.join(staging, folder), target);
  }
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

