/**
 * {@link findRelated} as a task a worker thread starts on while the calling thread puts the
 * topics together, and the calling thread joins when it needs the result: both take chunks of
 * papers from a shared counter until none are left, so neither waits long for the other
 * whatever each had to do before. Vectors are shared, results travel as a few flat typed
 * arrays (one object per vector would cost 100k papers as many clones). Same vectors, same
 * floating-point sums: each paper's list is the same whichever thread made it.
 */
import { sharedCounter, takeNext } from '../parallel/shared-counter.ts';
import { runInThread, runInWorker, type PendingTask } from '../parallel/sync-worker.ts';
import { findRelated, relatedFinder, type RelatedOptions } from './find-related.ts';
import { packVectors, unpackVectors, type PackedVectors } from './packed-vectors.ts';
import type { SparseVector } from './sparse-vectors.ts';

/** Related papers laid end to end: paper i has pairs `[offsets[i], offsets[i + 1])`. */
export interface PackedRelated {
  offsets: Int32Array;
  papers: Int32Array;
  scores: Float64Array;
}

/** Input of {@link findRelatedShare}. */
export interface RelatedTaskInput {
  vectors: PackedVectors;
  df: Int32Array;
  options?: RelatedOptions;
  /** The shared counter of chunks of papers claimed ({@link claimChunk}). */
  claims: SharedArrayBuffer;
}

/** What {@link findRelatedShare} made: the chunks it claimed, in order, and their papers' lists end to end. */
export interface RelatedShare {
  chunks: Int32Array;
  related: PackedRelated;
}

/** Papers in a chunk claimed at a time. */
export const RELATED_CHUNK = 256;

/** Catalogues smaller than this find related papers on the calling thread: a worker's start-up would cost more. */
export const RELATED_WORKER_MIN_PAPERS = 3000;

/** Lays out `findRelated`'s result end to end. */
export function packRelated(related: readonly (readonly [number, number])[][]): PackedRelated {
  const offsets = new Int32Array(related.length + 1);
  related.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  const papers = new Int32Array(offsets[related.length]!);
  const scores = new Float64Array(offsets[related.length]!);
  related.forEach((list, i) =>
    list.forEach(([paper, score], j) => {
      papers[offsets[i]! + j] = paper;
      scores[offsets[i]! + j] = score;
    }),
  );
  return { offsets, papers, scores };
}

/** `findRelated`'s result back from a {@link PackedRelated}. */
export function unpackRelated({ offsets, papers, scores }: PackedRelated): [number, number][][] {
  return Array.from({ length: offsets.length - 1 }, (_, i) => {
    const list: [number, number][] = [];
    for (let at = offsets[i]!; at < offsets[i + 1]!; at++) list.push([papers[at]!, scores[at]!]);
    return list;
  });
}

/**
 * Claims the next chunk of `papers` from the shared counter `claims`: its index, or `undefined`
 * when every chunk is taken.
 */
export function claimChunk(claims: SharedArrayBuffer, papers: number): number | undefined {
  const chunk = takeNext(claims);
  return chunk * RELATED_CHUNK < papers ? chunk : undefined;
}

/** The papers of chunk `chunk`, as `[from, to)`. */
function chunkRange(chunk: number, papers: number): [number, number] {
  return [chunk * RELATED_CHUNK, Math.min(papers, (chunk + 1) * RELATED_CHUNK)];
}

/** The worker task: the related papers of every chunk it can still claim. */
export function findRelatedShare({ vectors: packed, df, options, claims }: RelatedTaskInput): RelatedShare {
  const vectors = unpackVectors(packed);
  const relatedOf = relatedFinder(vectors, df, options);
  const chunks: number[] = [];
  const lists: [number, number][][] = [];
  for (let chunk = claimChunk(claims, vectors.length); chunk !== undefined; chunk = claimChunk(claims, vectors.length)) {
    chunks.push(chunk);
    const [from, to] = chunkRange(chunk, vectors.length);
    for (let paper = from; paper < to; paper++) lists.push(relatedOf(paper));
  }
  return { chunks: Int32Array.from(chunks), related: packRelated(lists) };
}

/**
 * Starts {@link findRelated} on a worker thread for a large catalogue; when the result is
 * taken, the calling thread does the chunks the worker has not claimed yet. A small catalogue's
 * are found on the calling thread, when the result is taken. The result is the same either way.
 *
 * @param minPapers Smallest catalogue given a worker (default {@link RELATED_WORKER_MIN_PAPERS}).
 */
export function startFindRelated(
  vectors: readonly SparseVector[],
  df: Int32Array,
  options?: RelatedOptions,
  minPapers = RELATED_WORKER_MIN_PAPERS,
): PendingTask<[number, number][][]> {
  if (vectors.length < minPapers) return runInThread(() => findRelated(vectors, df, options));
  const claims = sharedCounter();
  const pending = runInWorker<RelatedShare>(new URL('./find-related-task.ts', import.meta.url), 'findRelatedShare', {
    vectors: packVectors(vectors, true),
    df,
    options,
    claims,
  } satisfies RelatedTaskInput);
  return {
    result: () => {
      const lists = new Array<[number, number][]>(vectors.length);
      const relatedOf = relatedFinder(vectors, df, options);
      for (let chunk = claimChunk(claims, vectors.length); chunk !== undefined; chunk = claimChunk(claims, vectors.length)) {
        const [from, to] = chunkRange(chunk, vectors.length);
        for (let paper = from; paper < to; paper++) lists[paper] = relatedOf(paper);
      }
      const theirs = pending.result();
      const related = unpackRelated(theirs.related);
      let next = 0;
      for (const chunk of theirs.chunks) {
        const [from, to] = chunkRange(chunk, vectors.length);
        for (let paper = from; paper < to; paper++) lists[paper] = related[next++]!;
      }
      return lists;
    },
  };
}
