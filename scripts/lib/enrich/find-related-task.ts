/**
 * {@link findRelated} as a task that can run on a worker thread while the
 * topics are clustered: vectors and results travel as a few flat typed
 * arrays (one object per vector would cost 100k papers as many clones).
 * Same vectors, same floating-point sums, same result on either thread.
 */
import { runInThread, runInWorker, type PendingTask } from '../parallel/sync-worker.ts';
import { findRelated, type RelatedOptions } from './find-related.ts';
import { packVectors, unpackVectors, type PackedVectors } from './packed-vectors.ts';
import type { SparseVector } from './sparse-vectors.ts';

/** Related papers laid end to end: paper i has pairs `[offsets[i], offsets[i + 1])`. */
export interface PackedRelated {
  offsets: Int32Array;
  papers: Int32Array;
  scores: Float64Array;
}

/** Input of {@link findRelatedPacked}. */
export interface RelatedTaskInput {
  vectors: PackedVectors;
  df: Int32Array;
  options?: RelatedOptions;
}

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

/** The worker task: {@link findRelated} on packed vectors, result packed. */
export function findRelatedPacked(input: RelatedTaskInput): PackedRelated {
  return packRelated(findRelated(unpackVectors(input.vectors), input.df, input.options));
}

/**
 * Starts {@link findRelated} on a worker thread for a large catalogue (on the calling
 * thread, when its result is taken, for a small one); the result is the same either way.
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
  const pending = runInWorker<PackedRelated>(new URL('./find-related-task.ts', import.meta.url), 'findRelatedPacked', {
    vectors: packVectors(vectors),
    df,
    options,
  } satisfies RelatedTaskInput);
  return { result: () => unpackRelated(pending.result()) };
}
