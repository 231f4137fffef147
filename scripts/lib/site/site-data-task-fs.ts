/**
 * The site build's work on the catalogue, run on a worker thread (`runSiteDataTask`): read the
 * published catalogue from the content, hand over its search documents (indexing starts while the
 * files are written, up to a size) and write every data file into the site. The thread's whole
 * heap — the catalogue, its exports, every paper's encoded rows, about 2.3 GB at 100k papers — is
 * given back when it ends (in one thread the heap stayed at its high-water mark: at 100k the build's memory
 * peaked while indexing, with the site build process holding 2.26 GB of it).
 */
import { Worker } from 'node:worker_threads';
import type { CataloguePaper } from '../check/check-site.ts';
import { searchDocuments, type SearchDocument } from '../search/search-documents.ts';
import { catalogueExports, siteDataFiles } from '../../../src/lib/site-data-files.ts';
import type { SiteAddress } from '../../../src/lib/site-address.ts';
import { readOutputDigests, writeOutputDigests } from '../../../src/lib/output-digests-fs.ts';
import { readSiteCatalogue } from './read-site-catalogue-fs.ts';
import { writeSiteDataFiles } from './write-site-data-fs.ts';

/** What the task is given. */
export interface SiteDataTask {
  contentDir: string;
  /** Astro's content store, synced from `contentDir`: the papers are read from it (read-site-catalogue-fs.ts). */
  storeFile?: string;
  /** Folder that stands for the site root. */
  outDir: string;
  address: SiteAddress;
  /** `Date.now()` when the site build started: progress lines say how long after it. */
  startedAt: number;
  /** Largest catalogue whose search documents are handed over before the data files are written (default {@link INDEX_WHILE_WRITING_MAX_PAPERS}). */
  indexWhileWritingMaxPapers?: number;
  /**
   * Folders of output digests (scripts/lib/site/output-digests-fs.ts): files whose bytes are those
   * of the last build's (`previous`) are kept; every file's digest is recorded in `next`.
   */
  digests?: { previous: string; next: string };
}

/** What the task hands over first, before it writes the data files. */
export interface SiteSearchInput {
  /** Every paper of the content (slug and title), for the site check. */
  papers: CataloguePaper[];
  /** The search documents of the catalogue. */
  documents: SearchDocument[];
  /** The dumps, in order (search index parts follow them). */
  groups: string[];
}

/** What the task wrote. */
export interface SiteDataWritten {
  files: number;
  bytes: number;
}

/** What the task returns: what it wrote and, for a large catalogue, the search input. */
export interface SiteDataOutcome extends SiteDataWritten {
  /** Handed over at the end (after the thread's heap is freed) when not before the writing. */
  searchInput?: SiteSearchInput;
}

/** Messages of the worker thread. */
export type SiteDataMessage =
  | { type: 'search-input'; value: SiteSearchInput }
  | { type: 'written'; value: SiteDataOutcome }
  | { type: 'failed'; error: string };

/**
 * Runs {@link writeSiteData} on a new worker thread; its memory is freed when it is done.
 * `searchInput` resolves as soon as the worker hands the documents over (so indexing can start
 * while the files are written) or, for a large catalogue, once the thread has ended; `written` when
 * the thread has ended.
 */
export function runSiteDataTask(task: SiteDataTask): { searchInput: Promise<SiteSearchInput>; written: Promise<SiteDataWritten> } {
  let handOver: (input: SiteSearchInput) => void = () => {};
  let failHandOver: (error: Error) => void = () => {};
  const searchInput = new Promise<SiteSearchInput>((resolve, reject) => {
    handOver = resolve;
    failHandOver = reject;
  });
  const written = new Promise<SiteDataWritten>((resolve, reject) => {
    const worker = new Worker(new URL('./site-data-worker-fs.ts', import.meta.url), { workerData: task });
    let outcome: SiteDataMessage | undefined;
    worker.on('message', (message: SiteDataMessage) => {
      if (message.type === 'search-input') handOver(message.value);
      else outcome = message;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (outcome?.type === 'written') {
        const { searchInput: late, ...written } = outcome.value;
        resolve(written);
        if (late) handOver(late);
        // A promise settles once: this is a no-op when the documents were handed over.
        failHandOver(new Error('the site data worker ended without handing over the search documents'));
      } else {
        reject(new Error(outcome?.type === 'failed' ? outcome.error : `the site data worker stopped (exit code ${code}) without a result`));
      }
    });
  });
  // Settles the hand-over too when the thread fails before it (a no-op after it).
  written.catch((error: Error) => failHandOver(error));
  return { searchInput, written };
}

/** Name of the data files' record among the output digests. */
const DATA_FILES_WRITER = 'data-files';

/**
 * Up to this many papers the search documents are handed over before the data files are written,
 * so Pagefind indexes while they are written (at 10k this takes the index off the end of the
 * build). Above it they are handed over after, when the thread is about to end and free its heap.
 * At 100k, indexing beside the writing once put the build's memory peak at 8.3 GB (astro 4.6 GB);
 * since astro's store module reads the store itself, it measured 6.17 GB (astro 3.37, this process
 * 2.78) against 5.66 GB after the writing, and the site stage took 445.3 s against 475.2 s, the
 * index done 15 s after the pages instead of 45 s. Larger catalogues are not measured: they keep
 * the lower peak.
 */
export const INDEX_WHILE_WRITING_MAX_PAPERS = 100_000;

/**
 * Reads the catalogue, writes every data file under `outDir` (src/lib/site-data-files.ts) and
 * makes the search documents: handed to `handOver` before the writing for catalogues of up to
 * {@link INDEX_WHILE_WRITING_MAX_PAPERS} papers, returned with the result for larger ones (their
 * indexing waits for this thread's heap to be freed). Logs a line after each step.
 *
 * @throws {Error} When the content cannot be read or a file cannot be written; the message names it.
 */
export async function writeSiteData(
  { contentDir, storeFile, outDir, address, startedAt, indexWhileWritingMaxPapers = INDEX_WHILE_WRITING_MAX_PAPERS, digests }: SiteDataTask,
  handOver: (input: SiteSearchInput) => void,
): Promise<SiteDataOutcome> {
  const seconds = () => ((Date.now() - startedAt) / 1000).toFixed(1);
  const catalogue = await readSiteCatalogue(contentDir, { storeFile });
  const exports = catalogueExports(catalogue, address);
  const papers = exports.papers.papers.length;
  console.log(`catalogue: read ${papers} papers, ${exports.topics.topics.length} topics at ${seconds()} s`);
  const searchInput = (): SiteSearchInput => ({
    papers: exports.papers.papers.map(({ slug, title }) => ({ slug, title })),
    documents: searchDocuments(exports),
    groups: exports.papers.dumps,
  });
  const indexWhileWriting = papers <= indexWhileWritingMaxPapers;
  if (indexWhileWriting) handOver(searchInput());
  const summary = await writeSiteDataFiles(outDir, siteDataFiles(catalogue, exports, address), readOutputDigests(digests?.previous, DATA_FILES_WRITER));
  if (digests) writeOutputDigests(digests.next, DATA_FILES_WRITER, { digests: summary.digests, written: summary.written });
  const { files, bytes } = summary;
  const kept = files - summary.written;
  console.log(
    `data files: wrote ${summary.written} files, ${(bytes / 1_048_576).toFixed(1)} MB${kept > 0 ? `; kept ${kept} unchanged` : ''}, done at ${seconds()} s`,
  );
  return indexWhileWriting ? { files, bytes } : { files, bytes, searchInput: searchInput() };
}
