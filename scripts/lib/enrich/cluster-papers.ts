/**
 * Spherical k-means over sparse unit vectors with deterministic seeding,
 * near-linear in the number of papers: centroids keep only their strongest
 * terms and are stored as an inverted index (term → clusters), so scoring a
 * paper touches only its own terms' short lists.
 */
import { kthLargest } from './kth-largest.ts';
import { seededRandom } from './seeded-random.ts';
import { sparseDot, type SparseVector } from './sparse-vectors.ts';

/** Terms kept per centroid. */
const CENTROID_TERMS = 200;
/** Most papers k-means++ seeding looks at. */
const SEEDING_SAMPLE = 20_000;

/** Result of {@link clusterPapers}. */
export interface Clustering {
  k: number;
  /** Cluster of each paper. */
  assignment: Int32Array;
  /** Unit centroid of each cluster, truncated to its strongest terms. */
  centroids: SparseVector[];
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
  for (let t = 0; t < vector.ids.length; t++) {
    const w = vector.weights[t]!;
    const id = vector.ids[t]!;
    for (let at = index.start[id]!, end = index.start[id + 1]!; at < end; at++) out[index.cluster[at]!]! += w * index.weight[at]!;
  }
}

/** Unit mean of vectors, truncated to its `limit` strongest terms. */
export function centroidOf(vectors: readonly SparseVector[], limit = CENTROID_TERMS): SparseVector {
  let dimensions = 0;
  for (const v of vectors) if (v.ids.length > 0) dimensions = Math.max(dimensions, v.ids[v.ids.length - 1]! + 1);
  if (scratch.length < dimensions) scratch = new Float64Array(dimensions * 2);
  const touched: number[] = [];
  for (const v of vectors) {
    for (let t = 0; t < v.ids.length; t++) {
      const id = v.ids[t]!;
      if (scratch[id] === 0) touched.push(id);
      scratch[id]! += v.weights[t]!;
    }
  }
  let kept = touched;
  if (touched.length > limit) {
    const threshold = kthLargest(Float64Array.from(touched, (id) => scratch[id]!), limit);
    kept = touched.filter((id) => scratch[id]! >= threshold).sort((a, b) => scratch[b]! - scratch[a]! || a - b).slice(0, limit);
  }
  kept.sort((a, b) => a - b);
  let norm = 0;
  for (const id of kept) norm += scratch[id]! ** 2;
  norm = Math.sqrt(norm) || 1;
  const result = { ids: Int32Array.from(kept), weights: Float32Array.from(kept, (id) => scratch[id]! / norm) };
  for (const id of touched) scratch[id] = 0;
  return result;
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
  const dense = new Float32Array(options.dimensions);
  const updateBest = (seed: SparseVector): void => {
    for (let t = 0; t < seed.ids.length; t++) dense[seed.ids[t]!] = seed.weights[t]!;
    sample.forEach((p, i) => {
      const v = vectors[p]!;
      let s = 0;
      for (let t = 0; t < v.ids.length; t++) s += v.weights[t]! * dense[v.ids[t]!]!;
      if (s > best[i]!) best[i] = s;
    });
    for (let t = 0; t < seed.ids.length; t++) dense[seed.ids[t]!] = 0;
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
  while (centroids.length < k) {
    let total = 0;
    const weight = sample.map((p, i) => {
      const d = vectors[p]!.ids.length === 0 ? 0 : Math.max(0, 1 - best[i]!);
      total += d * d;
      return d * d;
    });
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
  const scores = new Float64Array(k);
  const maxIterations = options.maxIterations ?? 12;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const index = indexCentroids(centroids, options.dimensions);
    let changed = 0;
    for (let p = 0; p < n; p++) {
      scores.fill(0);
      scoreCentroids(vectors[p]!, index, scores);
      let arg = assignment[p]! >= 0 ? assignment[p]! : 0;
      for (let c = 0; c < k; c++) if (scores[c]! > scores[arg]!) arg = c;
      if (assignment[p] !== arg) {
        assignment[p] = arg;
        changed++;
      }
    }
    // Stop once fewer than 0.1% of papers move.
    if (iteration > 0 && changed <= n / 1000) break;
    const members: SparseVector[][] = Array.from({ length: k }, () => []);
    for (let p = 0; p < n; p++) members[assignment[p]!]!.push(vectors[p]!);
    // An empty cluster keeps its old centroid rather than vanish.
    centroids = members.map((list, c) => (list.length === 0 ? centroids[c]! : centroidOf(list)));
  }
  return { k, assignment, centroids };
}

/** Similarity of a paper to a centroid. */
export function similarity(vector: SparseVector, centroid: SparseVector): number {
  return sparseDot(vector, centroid);
}
