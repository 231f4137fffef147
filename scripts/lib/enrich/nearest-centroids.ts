/**
 * The assignment step of k-means: every paper moves to its most similar
 * centroid. For a large catalogue the papers are shared with a helper thread
 * and both threads take chunks of papers in turn; each paper's result depends
 * only on its own vector, the centroids and its current cluster, so the
 * assignment is the same whichever thread computes it.
 *
 * Each paper's similarity to every centroid is kept between steps (when that
 * fits in {@link SCORE_CACHE_LIMIT}), so a step after only some centroids
 * changed — most of them, late in k-means — rescores just those. A kept score
 * is the very number a full step would compute: a cluster's score adds the
 * same products in the same (ascending term) order either way.
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
   * @param changed Clusters whose centroid differs from the previous call's `index` (the
   *   others must be the same, and so must `index.k`); only these are scored again when
   *   the previous scores were kept. Omitted: every centroid is new.
   * @returns How many papers moved.
   */
  assign(index: CentroidIndex, assignment: Int32Array, changed?: readonly number[]): number;
  /**
   * Each paper's `count` most similar clusters of `index`, most similar first (ties: lower cluster first).
   *
   * @param count At most {@link MAX_RANKED}.
   * @param changed As for {@link assign}: clusters whose centroid differs from the previous call's.
   */
  rank(index: CentroidIndex, count: number, changed?: readonly number[]): Int32Array[];
  /** Stops the helper thread, if any. */
  close(): void;
}

/**
 * Scores of a step: paper p's scores live at `values[p * stride, …)` — one scratch row shared
 * by all papers (`stride` 0) or a kept row per paper (`stride` = most clusters).
 */
export interface ScoreRows {
  values: Float64Array;
  stride: number;
}

/** A scratch row of `k` scores, kept for no paper. */
export const scratchRows = (k: number): ScoreRows => ({ values: new Float64Array(k), stride: 0 });

/**
 * The assignment step for papers `[from, to)` of `vectors`.
 *
 * @param only When given, `index` holds just these clusters' centroids and `rows` keeps every
 *   paper's scores of the other clusters from the step before (`stride` > 0).
 * @returns How many of them moved.
 */
export function assignRange(
  vectors: PackedVectors,
  index: CentroidIndex,
  assignment: Int32Array,
  from: number,
  to: number,
  rows: ScoreRows,
  only?: Int32Array,
): number {
  const { k } = index;
  const { values, stride } = rows;
  // A full step scores in one small row that stays in the CPU's cache, then keeps a copy.
  const scratch = only || stride === 0 ? values : new Float64Array(k);
  let changed = 0;
  for (let p = from; p < to; p++) {
    const scores = only ? values : scratch;
    const row = only ? p * stride : 0;
    scoreRow(vectors, index, p, scores, row, only);
    if (!only && stride > 0) values.set(scratch, p * stride);
    let arg = assignment[p]! >= 0 ? assignment[p]! : 0;
    for (let c = 0; c < k; c++) if (scores[row + c]! > scores[row + arg]!) arg = c;
    if (assignment[p] !== arg) {
      assignment[p] = arg;
      changed++;
    }
  }
  return changed;
}

/**
 * Each paper of `[from, to)`'s `count` most similar clusters into `out[p * count, …)`, their number
 * into `lengths[p]`; `rows` and `only` as for {@link assignRange}.
 */
export function rankRange(
  vectors: PackedVectors,
  index: CentroidIndex,
  count: number,
  from: number,
  to: number,
  rows: ScoreRows,
  out: Int32Array,
  lengths: Int32Array,
  only?: Int32Array,
): void {
  const { k } = index;
  const { values, stride } = rows;
  const top: number[] = [];
  let row = 0;
  const byScore = (a: number, b: number) => values[row + b]! - values[row + a]! || a - b;
  for (let p = from; p < to; p++) {
    row = p * stride;
    scoreRow(vectors, index, p, values, row, only);
    top.length = 0;
    for (let c = 0; c < k; c++) {
      if (top.length === count && values[row + c]! <= values[row + top[count - 1]!]!) continue;
      top.push(c);
      top.sort(byScore);
      if (top.length > count) top.pop();
    }
    for (let i = 0; i < top.length; i++) out[p * count + i] = top[i]!;
    lengths[p] = top.length;
  }
}

/**
 * Adds paper `p`'s similarity to the centroids of `index` into `scores[row + cluster]`: the same
 * products added in the same (ascending term) order as `scoreCentroids`, so both threads, the
 * one-thread path and a partial rescoring agree.
 */
function addScores(vectors: PackedVectors, index: CentroidIndex, p: number, scores: Float64Array, row: number): void {
  const { offsets, ids, weights } = vectors;
  const { start, cluster, weight } = index;
  for (let t = offsets[p]!, end = offsets[p + 1]!; t < end; t++) {
    const w = weights[t]!;
    const id = ids[t]!;
    for (let at = start[id]!, stop = start[id + 1]!; at < stop; at++) scores[row + cluster[at]!]! += w * weight[at]!;
  }
}

/** Paper `p`'s scores of `index`'s clusters (of just `only`, when given) into `scores[row + cluster]`, from zero. */
function scoreRow(vectors: PackedVectors, index: CentroidIndex, p: number, scores: Float64Array, row: number, only?: Int32Array): void {
  if (only) for (let i = 0; i < only.length; i++) scores[row + only[i]!] = 0;
  else scores.fill(0, row, row + index.k);
  addScores(vectors, index, p, scores, row);
}

/** The part of `index` over the clusters in `only` (same `k`, same cluster numbers). */
export function indexSubset(index: CentroidIndex, only: readonly number[]): CentroidIndex {
  const keep = new Uint8Array(index.k);
  for (const c of only) keep[c] = 1;
  const terms = index.start.length - 1;
  const start = new Int32Array(terms + 1);
  let size = 0;
  for (let at = 0; at < index.cluster.length; at++) if (keep[index.cluster[at]!] === 1) size++;
  const cluster = new Int32Array(size);
  const weight = new Float32Array(size);
  let to = 0;
  for (let t = 0; t < terms; t++) {
    start[t] = to;
    for (let at = index.start[t]!, end = index.start[t + 1]!; at < end; at++) {
      if (keep[index.cluster[at]!] !== 1) continue;
      cluster[to] = index.cluster[at]!;
      weight[to++] = index.weight[at]!;
    }
  }
  start[terms] = to;
  return { k: index.k, start, cluster, weight };
}

/** Most clusters {@link NearestCentroids.rank} lists per paper. */
export const MAX_RANKED = 8;

/** Catalogues smaller than this assign on the calling thread only: a helper thread would not pay for its start-up. */
export const NEAREST_WORKER_MIN_PAPERS = 5000;
/** Papers a thread takes at a time. */
export const CHUNK = 512;
/** Most scores kept between steps (8 bytes each: 1 GiB); a larger catalogue rescores every cluster in every step. */
export const SCORE_CACHE_LIMIT = 128 * 1024 * 1024;

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
  /** Row stride of the kept scores in a step; 0: scratch rows, nothing kept. */
  stride: 10,
  /** Clusters rescored (the first of `only`) in a step; -1: all of them. */
  onlyCount: 11,
  size: 12,
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
  /** Kept scores, {@link CONTROL.stride} per paper (empty when none are kept). */
  scores: Float64Array;
  /** Clusters a step rescores, when not all. */
  only: Int32Array;
  /** Ranked clusters, {@link MAX_RANKED} slots per paper, and how many each paper has. */
  ranked: Int32Array;
  rankedLengths: Int32Array;
  control: Int32Array;
}

/** Options of {@link nearestCentroids}. */
export interface NearestCentroidsOptions {
  /**
   * Most clusters of an index whose scores are kept between assign steps (when `n × maxClusters`
   * ≤ {@link SCORE_CACHE_LIMIT}); default 0: none kept, every step scores every cluster.
   */
  maxClusters?: number;
  /** Most centroid terms (summed over clusters) a step may share with the helper; a step with more runs on the calling thread. Default 0. */
  maxPostings?: number;
  /** Smallest catalogue given a helper thread (default {@link NEAREST_WORKER_MIN_PAPERS}). */
  minPapers?: number;
}

/** {@link rankRange} over every paper on the calling thread, split per paper. */
function rankAlone(vectors: PackedVectors, index: CentroidIndex, count: number, rows: ScoreRows, only?: Int32Array): Int32Array[] {
  const n = vectors.offsets.length - 1;
  const out = new Int32Array(n * count);
  const lengths = new Int32Array(n);
  rankRange(vectors, index, count, 0, n, rows, out, lengths, only);
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
 */
export function nearestCentroids(
  vectors: readonly SparseVector[],
  dimensions: number,
  { maxClusters = 0, maxPostings = 0, minPapers = NEAREST_WORKER_MIN_PAPERS }: NearestCentroidsOptions = {},
): NearestCentroids {
  const n = vectors.length;
  const threaded = n >= minPapers;
  const keepScores = maxClusters > 0 && n * maxClusters <= SCORE_CACHE_LIMIT;
  const kept: ScoreRows | undefined = keepScores
    ? { values: new Float64Array(threaded ? new SharedArrayBuffer(n * maxClusters * 8) : new ArrayBuffer(n * maxClusters * 8)), stride: maxClusters }
    : undefined;
  /** `k` of the index whose scores `kept` holds; -1: none. */
  let keptK = -1;
  /** Rows for a step over `index` (kept when they fit), the clusters to rescore, and the index to score them with. */
  const planStep = (index: CentroidIndex, changed: readonly number[] | undefined) => {
    const rows = kept && index.k <= kept.stride ? kept : scratchRows(index.k);
    const only = changed && rows === kept && keptK === index.k ? Int32Array.from(changed) : undefined;
    keptK = rows === kept ? index.k : -1;
    return { rows, only, index: only ? indexSubset(index, changed!) : index };
  };

  if (!threaded) {
    const packed = packVectors(vectors);
    return {
      assign(index, assignment, changed) {
        const step = planStep(index, changed);
        return assignRange(packed, step.index, assignment, 0, n, step.rows, step.only);
      },
      rank(index, count, changed) {
        const step = planStep(index, changed);
        return rankAlone(packed, step.index, count, step.rows, step.only);
      },
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
    scores: kept?.values ?? new Float64Array(0),
    only: new Int32Array(shared(Math.max(maxClusters, 1) * 4)),
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
  const runStep = (
    index: CentroidIndex,
    settings: { mode: number; count?: number; stride?: number; only?: Int32Array },
    work: (view: CentroidIndex, from: number, to: number) => number,
  ): number | undefined => {
    const postings = index.cluster.length;
    if (postings > maxPostings || index.start.length !== data.start.length) return undefined;
    data.start.set(index.start);
    data.cluster.set(index.cluster);
    data.weight.set(index.weight);
    if (settings.only) data.only.set(settings.only);
    control[CONTROL.k] = index.k;
    control[CONTROL.postings] = postings;
    control[CONTROL.papers] = n;
    control[CONTROL.mode] = settings.mode;
    control[CONTROL.count] = settings.count ?? 0;
    control[CONTROL.stride] = settings.stride ?? 0;
    control[CONTROL.onlyCount] = settings.only?.length ?? -1;
    Atomics.store(control, CONTROL.nextChunk, 0);
    Atomics.store(control, CONTROL.step, ++step);
    Atomics.notify(control, CONTROL.step);
    const view: CentroidIndex = { k: index.k, start: data.start, cluster: data.cluster.subarray(0, postings), weight: data.weight.subarray(0, postings) };
    let result = 0;
    for (let chunk = Atomics.add(control, CONTROL.nextChunk, 1); chunk * CHUNK < n; chunk = Atomics.add(control, CONTROL.nextChunk, 1)) {
      result += work(view, chunk * CHUNK, Math.min(n, (chunk + 1) * CHUNK));
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
    assign(index, assignment, changed) {
      const { rows, only, index: stepIndex } = planStep(index, changed);
      data.assignment.set(assignment);
      // Scratch rows (no scores kept) are this thread's own: the helper makes its own.
      const moved = runStep(stepIndex, { mode: STEP_ASSIGN, stride: rows.stride, only }, (view, from, to) =>
        assignRange(data.vectors, view, data.assignment, from, to, rows, only),
      );
      if (moved === undefined) return assignRange(data.vectors, stepIndex, assignment, 0, n, rows, only);
      assignment.set(data.assignment);
      return moved;
    },
    rank(index, count, changed) {
      if (count > MAX_RANKED) throw new Error(`nearestCentroids: expected at most ${MAX_RANKED} clusters per paper, got ${count}`);
      const { rows, only, index: stepIndex } = planStep(index, changed);
      const done = runStep(stepIndex, { mode: STEP_RANK, count, stride: rows.stride, only }, (view, from, to) => {
        rankRange(data.vectors, view, count, from, to, rows, data.ranked, data.rankedLengths, only);
        return 0;
      });
      return done === undefined ? rankAlone(data.vectors, stepIndex, count, rows, only) : splitRanked(data.ranked, data.rankedLengths, count);
    },
    close() {
      Atomics.store(control, CONTROL.step, -1);
      Atomics.notify(control, CONTROL.step);
      void worker.terminate();
    },
  };
}
