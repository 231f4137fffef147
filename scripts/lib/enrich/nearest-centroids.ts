/**
 * The assignment step of k-means: every paper moves to its most similar
 * centroid. For a large catalogue the papers are shared with a helper thread
 * and both threads take chunks of papers in turn; each paper's result depends
 * only on its own vector, the centroids and its current cluster, so the
 * assignment is the same whichever thread computes it.
 */
import { Worker } from 'node:worker_threads';
import type { CentroidIndex } from './cluster-papers.ts';
import { packVectors, type PackedVectors } from './packed-vectors.ts';
import type { SparseVector } from './sparse-vectors.ts';

/** Moves papers to their nearest centroids; reusable across k-means runs over the same vectors. */
export interface NearestCentroids {
  /**
   * Moves every paper to its most similar centroid of `index` (ties: it stays, else the
   * lowest cluster; a paper at -1 starts from cluster 0).
   *
   * @param assignment Cluster of each paper, updated in place.
   * @returns How many papers moved.
   */
  assign(index: CentroidIndex, assignment: Int32Array): number;
  /**
   * Each paper's `count` most similar clusters of `index`, most similar first (ties: lower cluster first).
   *
   * @param count At most {@link MAX_RANKED}.
   */
  rank(index: CentroidIndex, count: number): Int32Array[];
  /** Stops the helper thread, if any. */
  close(): void;
}

/**
 * The assignment step for papers `[from, to)` of `vectors`, with `scores` (length `index.k`) as scratch.
 *
 * @returns How many of them moved.
 */
export function assignRange(
  vectors: PackedVectors,
  index: CentroidIndex,
  assignment: Int32Array,
  from: number,
  to: number,
  scores: Float64Array,
): number {
  const { k } = index;
  let changed = 0;
  for (let p = from; p < to; p++) {
    scorePaper(vectors, index, p, scores);
    let arg = assignment[p]! >= 0 ? assignment[p]! : 0;
    for (let c = 0; c < k; c++) if (scores[c]! > scores[arg]!) arg = c;
    if (assignment[p] !== arg) {
      assignment[p] = arg;
      changed++;
    }
  }
  return changed;
}

/**
 * Each paper of `[from, to)`'s `count` most similar clusters into `out[p * count, …)`, their number
 * into `lengths[p]`, with `scores` (length `index.k`) as scratch.
 */
export function rankRange(
  vectors: PackedVectors,
  index: CentroidIndex,
  count: number,
  from: number,
  to: number,
  scores: Float64Array,
  out: Int32Array,
  lengths: Int32Array,
): void {
  const { k } = index;
  const top: number[] = [];
  const byScore = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
  for (let p = from; p < to; p++) {
    scorePaper(vectors, index, p, scores);
    top.length = 0;
    for (let c = 0; c < k; c++) {
      if (top.length === count && scores[c]! <= scores[top[count - 1]!]!) continue;
      top.push(c);
      top.sort(byScore);
      if (top.length > count) top.pop();
    }
    for (let i = 0; i < top.length; i++) out[p * count + i] = top[i]!;
    lengths[p] = top.length;
  }
}

/**
 * Paper `p`'s similarity to every centroid of `index`, into `scores`: the same products added in the
 * same (ascending term) order as `scoreCentroids`, so both threads and the one-thread path agree.
 */
function scorePaper(vectors: PackedVectors, index: CentroidIndex, p: number, scores: Float64Array): void {
  const { offsets, ids, weights } = vectors;
  const { start, cluster, weight } = index;
  scores.fill(0);
  for (let t = offsets[p]!, end = offsets[p + 1]!; t < end; t++) {
    const w = weights[t]!;
    const id = ids[t]!;
    for (let at = start[id]!, stop = start[id + 1]!; at < stop; at++) scores[cluster[at]!]! += w * weight[at]!;
  }
}

/** Most clusters {@link NearestCentroids.rank} lists per paper. */
export const MAX_RANKED = 8;

/** Catalogues smaller than this assign on the calling thread only: a helper thread would not pay for its start-up. */
export const NEAREST_WORKER_MIN_PAPERS = 5000;
/** Papers a thread takes at a time. */
export const CHUNK = 512;

/** Slots of the control array shared with the helper thread. */
export const CONTROL = {
  /** Raised by one for each assignment step; -1 stops the helper. */
  step: 0,
  /** Next chunk to take, taken with `Atomics.add`. */
  nextChunk: 1,
  /** Step the helper has finished. */
  doneStep: 2,
  /** Papers the helper moved in its last step. */
  changed: 3,
  k: 4,
  postings: 5,
  papers: 6,
  /** 1 when the helper failed (its error is printed on stderr). */
  failed: 7,
  /** What a step does: {@link STEP_ASSIGN} or {@link STEP_RANK}. */
  mode: 8,
  /** Clusters ranked per paper in a rank step. */
  count: 9,
  size: 10,
} as const;

/** Step modes. */
export const STEP_ASSIGN = 0;
export const STEP_RANK = 1;

/** What the helper thread receives as `workerData`. */
export interface NearestWorkerData {
  vectors: PackedVectors;
  start: Int32Array;
  cluster: Int32Array;
  weight: Float32Array;
  assignment: Int32Array;
  /** Ranked clusters, {@link MAX_RANKED} slots per paper, and how many each paper has. */
  ranked: Int32Array;
  rankedLengths: Int32Array;
  control: Int32Array;
}

/** {@link rankRange} over every paper on the calling thread, split per paper. */
function rankAlone(vectors: PackedVectors, index: CentroidIndex, count: number): Int32Array[] {
  const n = vectors.offsets.length - 1;
  const out = new Int32Array(n * count);
  const lengths = new Int32Array(n);
  rankRange(vectors, index, count, 0, n, new Float64Array(index.k), out, lengths);
  return splitRanked(out, lengths, count);
}

/** Paper p's ranked clusters: `out[p * count, p * count + lengths[p])`. */
function splitRanked(out: Int32Array, lengths: Int32Array, count: number): Int32Array[] {
  return Array.from({ length: lengths.length }, (_, p) => out.slice(p * count, p * count + lengths[p]!));
}

/** Longest wait for the helper's part of one step, in milliseconds. */
const WAIT_LIMIT_MS = 10 * 60 * 1000;

/**
 * A {@link NearestCentroids} over `vectors`: on the calling thread alone for a small
 * catalogue, else with one helper thread sharing the work chunk by chunk.
 *
 * @param dimensions Vocabulary size the centroid indexes are built over.
 * @param maxPostings Most centroid terms (summed over clusters) a step may share; a step with more runs on the calling thread.
 * @param minPapers Smallest catalogue given a helper thread (default {@link NEAREST_WORKER_MIN_PAPERS}).
 */
export function nearestCentroids(
  vectors: readonly SparseVector[],
  dimensions: number,
  maxPostings: number,
  minPapers = NEAREST_WORKER_MIN_PAPERS,
): NearestCentroids {
  const n = vectors.length;
  if (n < minPapers) {
    const packed = packVectors(vectors);
    return {
      assign: (index, assignment) => assignRange(packed, index, assignment, 0, n, new Float64Array(index.k)),
      rank: (index, count) => rankAlone(packed, index, count),
      close: () => {},
    };
  }
  const shared = (bytes: number) => new SharedArrayBuffer(bytes);
  const data: NearestWorkerData = {
    vectors: packVectors(vectors, true),
    start: new Int32Array(shared((dimensions + 1) * 4)),
    cluster: new Int32Array(shared(maxPostings * 4)),
    weight: new Float32Array(shared(maxPostings * 4)),
    assignment: new Int32Array(shared(n * 4)),
    ranked: new Int32Array(shared(n * MAX_RANKED * 4)),
    rankedLengths: new Int32Array(shared(n * 4)),
    control: new Int32Array(shared(CONTROL.size * 4)),
  };
  const worker = new Worker(new URL('./nearest-centroids-worker.ts', import.meta.url), { workerData: data });
  worker.unref();
  const { control } = data;
  let step = 0;
  /**
   * Copies `index` to the helper, runs one step on both threads (`work` on the chunks this thread
   * takes) and waits for the helper's part; the sum of both threads' results, or undefined (and
   * nothing run) when `index` is too big to share.
   */
  const runStep = (index: CentroidIndex, mode: number, count: number, work: (view: CentroidIndex, from: number, to: number, scores: Float64Array) => number): number | undefined => {
    const postings = index.cluster.length;
    if (postings > maxPostings || index.start.length !== data.start.length) return undefined;
    data.start.set(index.start);
    data.cluster.set(index.cluster);
    data.weight.set(index.weight);
    control[CONTROL.k] = index.k;
    control[CONTROL.postings] = postings;
    control[CONTROL.papers] = n;
    control[CONTROL.mode] = mode;
    control[CONTROL.count] = count;
    Atomics.store(control, CONTROL.nextChunk, 0);
    Atomics.store(control, CONTROL.step, ++step);
    Atomics.notify(control, CONTROL.step);
    const view: CentroidIndex = { k: index.k, start: data.start, cluster: data.cluster.subarray(0, postings), weight: data.weight.subarray(0, postings) };
    const scores = new Float64Array(index.k);
    let result = 0;
    for (let chunk = Atomics.add(control, CONTROL.nextChunk, 1); chunk * CHUNK < n; chunk = Atomics.add(control, CONTROL.nextChunk, 1)) {
      result += work(view, chunk * CHUNK, Math.min(n, (chunk + 1) * CHUNK), scores);
    }
    const waitedUntil = Date.now() + WAIT_LIMIT_MS;
    for (let done = Atomics.load(control, CONTROL.doneStep); done !== step; done = Atomics.load(control, CONTROL.doneStep)) {
      if (Atomics.load(control, CONTROL.failed) === 1) throw new Error('nearestCentroids: the helper thread failed (see its error above)');
      if (Date.now() > waitedUntil) throw new Error(`nearestCentroids: no answer from the helper thread after ${WAIT_LIMIT_MS / 60000} minutes`);
      Atomics.wait(control, CONTROL.doneStep, done, 1000);
    }
    return result + control[CONTROL.changed]!;
  };
  return {
    assign(index, assignment) {
      data.assignment.set(assignment);
      const changed = runStep(index, STEP_ASSIGN, 0, (view, from, to, scores) => assignRange(data.vectors, view, data.assignment, from, to, scores));
      if (changed === undefined) return assignRange(data.vectors, index, assignment, 0, n, new Float64Array(index.k));
      assignment.set(data.assignment);
      return changed;
    },
    rank(index, count) {
      if (count > MAX_RANKED) throw new Error(`nearestCentroids: expected at most ${MAX_RANKED} clusters per paper, got ${count}`);
      const done = runStep(index, STEP_RANK, count, (view, from, to, scores) => {
        rankRange(data.vectors, view, count, from, to, scores, data.ranked, data.rankedLengths);
        return 0;
      });
      return done === undefined ? rankAlone(data.vectors, index, count) : splitRanked(data.ranked, data.rankedLengths, count);
    },
    close() {
      Atomics.store(control, CONTROL.step, -1);
      Atomics.notify(control, CONTROL.step);
      void worker.terminate();
    },
  };
}
