/**
 * Spherical k-means over sparse unit vectors with deterministic seeding,
 * near-linear in the number of papers: centroids keep only their strongest
 * terms and are stored as an inverted index (term → clusters), so scoring a
 * paper touches only its own terms' short lists.
 */
import { kthLargest } from './kth-largest.ts';
import { nearestCentroids, type NearestCentroids } from './nearest-centroids.ts';
import { seededRandom } from './seeded-random.ts';
import { sparseDot, type SparseVector } from './sparse-vectors.ts';

/** Terms kept per centroid. */
export const CENTROID_TERMS = 200;
/** Most papers k-means++ seeding looks at. */
const SEEDING_SAMPLE = 20_000;

/** Result of {@link clusterPapers}. */
export interface Clustering {
  k: number;
  /** Cluster of each paper. */
  assignment: Int32Array;
  /** Unit centroid of each cluster, truncated to its strongest terms. */
  centroids: SparseVector[];
  /**
   * Clusters whose centroid changed after the last assignment step (empty when k-means stopped
   * because it converged), for a next step over the same `nearest`; undefined when there was no step.
   */
  changedSinceLastStep: number[] | undefined;
}

/** Options of {@link clusterPapers}. */
export interface ClusterOptions {
  k: number;
  /** Vocabulary size (largest term id + 1). */
  dimensions: number;
  /** Seed vectors to start from (e.g. the previous build's topics), used before k-means++ seeds. */
  initial?: SparseVector[];
  seed?: number;
  maxIterations?: number;
  /** Assignment step over these same vectors (e.g. with a helper thread); the calling thread's own by default. */
  nearest?: NearestCentroids;
}

/** Centroids as an inverted index: for term t, clusters `cluster[start[t]..start[t+1])` with weights. */
export interface CentroidIndex {
  k: number;
  start: Int32Array;
  cluster: Int32Array;
  weight: Float32Array;
}

/** Builds the inverted index of `centroids` over `dimensions` terms. */
export function indexCentroids(centroids: readonly SparseVector[], dimensions: number): CentroidIndex {
  const start = new Int32Array(dimensions + 1);
  for (const c of centroids) for (const id of c.ids) start[id + 1]!++;
  for (let t = 0; t < dimensions; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, dimensions);
  const cluster = new Int32Array(start[dimensions]!);
  const weight = new Float32Array(start[dimensions]!);
  centroids.forEach((c, ci) => {
    for (let i = 0; i < c.ids.length; i++) {
      const at = fill[c.ids[i]!]!++;
      cluster[at] = ci;
      weight[at] = c.weights[i]!;
    }
  });
  return { k: centroids.length, start, cluster, weight };
}

/** Adds the similarity of `vector` to every centroid into `out` (length k, zeroed by the caller). */
export function scoreCentroids(vector: SparseVector, index: CentroidIndex, out: Float64Array): void {
  const { ids, weights } = vector;
  const { start, cluster, weight } = index;
  for (let t = 0; t < ids.length; t++) {
    const w = weights[t]!;
    const id = ids[t]!;
    for (let at = start[id]!, end = start[id + 1]!; at < end; at++) out[cluster[at]!]! += w * weight[at]!;
  }
}

/**
 * Unit mean of vectors, truncated to its `limit` strongest terms (ties: lower term id first).
 * Sums are added in member order and the norm in ascending term order, so the same members
 * always give the same floats.
 */
export function centroidOf(vectors: readonly SparseVector[], limit = CENTROID_TERMS): SparseVector {
  let dimensions = 0;
  for (const v of vectors) if (v.ids.length > 0) dimensions = Math.max(dimensions, v.ids[v.ids.length - 1]! + 1);
  if (scratch.length < dimensions) scratch = new Float64Array(dimensions * 2);
  const sums = scratch;
  const touched: number[] = [];
  for (const v of vectors) {
    const { ids, weights } = v;
    for (let t = 0; t < ids.length; t++) {
      const id = ids[t]!;
      if (sums[id] === 0) touched.push(id);
      sums[id]! += weights[t]!;
    }
  }
  const kept = touched.length > limit ? strongestTerms(sums, touched, limit) : Int32Array.from(touched);
  kept.sort();
  let norm = 0;
  for (let i = 0; i < kept.length; i++) norm += sums[kept[i]!]! ** 2;
  norm = Math.sqrt(norm) || 1;
  const weights = new Float32Array(kept.length);
  for (let i = 0; i < kept.length; i++) weights[i] = sums[kept[i]!]! / norm;
  for (const id of touched) sums[id] = 0;
  return { ids: kept, weights };
}

/**
 * The `limit` terms of `touched` with the largest `sums`, ties broken by lower id, in no
 * particular order: every term above the `limit`-th largest sum, then the lowest ids of
 * those equal to it (what sorting all by sum, then id, and keeping `limit` would keep).
 */
export function strongestTerms(sums: Float64Array, touched: readonly number[], limit: number): Int32Array {
  const values = new Float64Array(touched.length);
  for (let i = 0; i < touched.length; i++) values[i] = sums[touched[i]!]!;
  const threshold = kthLargest(values, limit);
  const kept = new Int32Array(limit);
  let above = 0;
  const equal: number[] = [];
  for (const id of touched) {
    const sum = sums[id]!;
    if (sum > threshold) kept[above++] = id;
    else if (sum === threshold) equal.push(id);
  }
  if (equal.length > limit - above) equal.sort((a, b) => a - b);
  for (let i = 0; above < limit; i++) kept[above++] = equal[i]!;
  return kept;
}

let scratch = new Float64Array(0);


/** Clusters unit vectors into `k` clusters; same input and seed give the same clustering. */
export function clusterPapers(vectors: readonly SparseVector[], options: ClusterOptions): Clustering {
  const n = vectors.length;
  const k = Math.max(1, Math.min(options.k, n));
  const random = seededRandom(options.seed ?? 0x5eed);
  let centroids: SparseVector[] = (options.initial ?? []).slice(0, k).map((v) => centroidOf([v]));

  // k-means++ on a sample: next seed drawn with probability ∝ (1 - best similarity)².
  const sample: number[] = [];
  if (n <= SEEDING_SAMPLE) for (let p = 0; p < n; p++) sample.push(p);
  else for (let p = 0; p < n; p++) if (random() < SEEDING_SAMPLE / n) sample.push(p);
  const best = new Float64Array(sample.length);
  // Similarity of every sample paper to a new seed through the sample's inverted index: only papers
  // sharing a term are touched, and each sum adds the same (exact) products in the same ascending
  // term order as a dot product over the paper's terms, whose other products are zeros.
  const postings = indexSample(vectors, sample, options.dimensions);
  const sums = new Float64Array(sample.length);
  const touched: number[] = [];
  const updateBest = (seed: SparseVector): void => {
    const { start, member, weight } = postings;
    for (let t = 0; t < seed.ids.length; t++) {
      const id = seed.ids[t]!;
      const w = seed.weights[t]!;
      for (let at = start[id]!, end = start[id + 1]!; at < end; at++) {
        const i = member[at]!;
        if (sums[i] === 0) touched.push(i);
        sums[i]! += weight[at]! * w;
      }
    }
    for (const i of touched) {
      if (sums[i]! > best[i]!) best[i] = sums[i]!;
      sums[i] = 0;
    }
    touched.length = 0;
  };
  // Seeds given up front are scored all at once through their inverted index (the same sums, in the
  // same order, as `updateBest`), and not at all when they already make all k clusters.
  if (centroids.length > 0 && centroids.length < k) {
    const index = indexCentroids(centroids, options.dimensions);
    const scores = new Float64Array(centroids.length);
    sample.forEach((p, i) => {
      scores.fill(0);
      scoreCentroids(vectors[p]!, index, scores);
      for (const s of scores) if (s > best[i]!) best[i] = s;
    });
  }
  const hasTerms = Uint8Array.from(sample, (p) => (vectors[p]!.ids.length > 0 ? 1 : 0));
  const weight = new Float64Array(sample.length);
  while (centroids.length < k) {
    let total = 0;
    for (let i = 0; i < sample.length; i++) {
      const d = hasTerms[i] === 0 ? 0 : Math.max(0, 1 - best[i]!);
      total += d * d;
      weight[i] = d * d;
    }
    let pick = 0;
    let r = random() * total;
    for (pick = 0; pick < sample.length - 1; pick++) {
      r -= weight[pick]!;
      if (r <= 0) break;
    }
    const seed = centroidOf([vectors[sample[pick] ?? centroids.length % n]!]);
    centroids.push(seed);
    updateBest(seed);
  }

  const assignment = new Int32Array(n).fill(-1);
  const nearest = options.nearest ?? nearestCentroids(vectors, options.dimensions, { maxClusters: k, minPapers: Infinity });
  const maxIterations = options.maxIterations ?? 12;
  // Clusters whose centroid changed since the last assignment step; undefined: all of them (the seeds).
  let changedClusters: number[] | undefined;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const before = assignment.slice();
    const changed = nearest.assign(indexCentroids(centroids, options.dimensions), assignment, changedClusters);
    changedClusters = [];
    // Stop once fewer than 0.1% of papers move.
    if (iteration > 0 && changed <= n / 1000) break;
    // Only a cluster that gained or lost papers gets a new centroid: the others have the same
    // members in the same order, so the same centroid. An empty cluster keeps its old centroid.
    const touched = new Uint8Array(k);
    for (let p = 0; p < n; p++) {
      if (before[p] === assignment[p]) continue;
      if (before[p]! >= 0) touched[before[p]!] = 1;
      touched[assignment[p]!] = 1;
    }
    const members: SparseVector[][] = Array.from({ length: k }, () => []);
    for (let p = 0; p < n; p++) if (touched[assignment[p]!] === 1) members[assignment[p]!]!.push(vectors[p]!);
    for (let c = 0; c < k; c++) {
      if (touched[c] === 0 || members[c]!.length === 0) continue;
      centroids[c] = centroidOf(members[c]!);
      changedClusters.push(c);
    }
  }
  return { k, assignment, centroids, changedSinceLastStep: changedClusters };
}

/** Inverted index of the `sample` papers' vectors: for term t, sample positions `member[start[t]..start[t+1])`, ascending. */
function indexSample(
  vectors: readonly SparseVector[],
  sample: readonly number[],
  dimensions: number,
): { start: Int32Array; member: Int32Array; weight: Float32Array } {
  const start = new Int32Array(dimensions + 1);
  for (const p of sample) for (const id of vectors[p]!.ids) start[id + 1]!++;
  for (let t = 0; t < dimensions; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, dimensions);
  const member = new Int32Array(start[dimensions]!);
  const weight = new Float32Array(start[dimensions]!);
  sample.forEach((p, i) => {
    const v = vectors[p]!;
    for (let t = 0; t < v.ids.length; t++) {
      const at = fill[v.ids[t]!]!++;
      member[at] = i;
      weight[at] = v.weights[t]!;
    }
  });
  return { start, member, weight };
}

/** Similarity of a paper to a centroid. */
export function similarity(vector: SparseVector, centroid: SparseVector): number {
  return sparseDot(vector, centroid);
}
