/**
 * The MDX text of many paper entries, split between the calling thread and a
 * worker thread for a large catalogue. `emitPaper` is pure, so the texts are
 * the same whichever thread writes them.
 */
import { createHash } from 'node:crypto';
import type { EnrichedPaper } from '../model.ts';
import { runInThread, runInWorker, type PendingTask } from '../parallel/sync-worker.ts';
import { emitPaper } from './emit-paper.ts';

/** Catalogues smaller than this are emitted on the calling thread: a worker's start-up would cost more. */
export const EMIT_WORKER_MIN_PAPERS = 3000;

/**
 * Share of the papers given to the worker: less than half, since it first starts up and
 * loads the serialisers while the calling thread is already emitting.
 */
const WORKER_SHARE = 0.45;

/** The worker task: {@link emitPaper} of each paper, in order. */
export function emitPaperList(papers: readonly EnrichedPaper[]): string[] {
  return papers.map(emitPaper);
}

/**
 * {@link emitPaper} of each paper, in order.
 *
 * @param minPapers Smallest list split with a worker thread (default {@link EMIT_WORKER_MIN_PAPERS}).
 */
export function emitPapers(papers: readonly EnrichedPaper[], minPapers = EMIT_WORKER_MIN_PAPERS): string[] {
  return startEmitPapers(papers, minPapers).result();
}

/**
 * {@link emitPapers}, started: for a large list the worker thread starts on its share now, and
 * the calling thread emits the rest when it takes the result, so it can do other work first.
 */
export function startEmitPapers(papers: readonly EnrichedPaper[], minPapers = EMIT_WORKER_MIN_PAPERS): PendingTask<string[]> {
  if (papers.length < minPapers) return runInThread(() => emitPaperList(papers));
  const split = papers.length - Math.floor(papers.length * WORKER_SHARE);
  const pending = runInWorker<string[]>(new URL('./emit-papers.ts', import.meta.url), 'emitPaperList', papers.slice(split));
  return { result: () => emitPaperList(papers.slice(0, split)).concat(pending.result()) };
}

/** A digest of everything {@link emitPaper} reads of a paper: equal digests, equal texts. */
export function paperDigest(paper: EnrichedPaper): string {
  let digest = digests.get(paper);
  if (digest === undefined) {
    digest = createHash('sha256').update(JSON.stringify(paper)).digest('base64url');
    digests.set(paper, digest);
  }
  return digest;
}

/** Digests already taken; papers are not changed once enriched. */
const digests = new WeakMap<EnrichedPaper, string>();
