/**
 * Spherical k-means over sparse unit vectors with deterministic seeding.
 * Centroids are kept as one dense term-major matrix so that scoring a paper
 * against every centroid touches only the paper's own terms.
 */
import { seededRandom } from './seeded-random.ts';
import type { SparseVector } from './sparse-vectors.ts';

/** Result of {@link clusterPapers}. */
export interface Clustering {
  k: number;
  /** Cluster of each paper. */
  assignment: Int32Array;
  /** Centroid matrix, `centroids[term * k + cluster]`, columns L2-normalised. */
  centroids: Float32Array;
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

/** Similarity of one paper to every centroid. */
export function scoreCentroids(vector: SparseVector, centroids: Float32Array, k: number, out: Float64Array): void {
  out.fill(0);
  for (let t = 0; t < vector.ids.length; t++) {
    const w = vector.weights[t]!;
    const base = vector.ids[t]! * k;
    for (let c = 0; c < k; c++) out[c]! += w * centroids[base + c]!;
  }
}

function normaliseColumns(centroids: Float32Array, k: number, dimensions: number): void {
  const norms = new Float64Array(k);
  for (let t = 0; t < dimensions; t++) for (let c = 0; c < k; c++) norms[c]! += centroids[t * k + c]! ** 2;
  for (let c = 0; c < k; c++) norms[c] = Math.sqrt(norms[c]!) || 1;
  for (let t = 0; t < dimensions; t++) for (let c = 0; c < k; c++) centroids[t * k + c]! /= norms[c]!;
}

/** Clusters unit vectors into `k` clusters; same input and seed give the same clustering. */
export function clusterPapers(vectors: readonly SparseVector[], options: ClusterOptions): Clustering {
  const n = vectors.length;
  const k = Math.max(1, Math.min(options.k, n));
  const { dimensions } = options;
  const random = seededRandom(options.seed ?? 0x5eed);
  const seeds: SparseVector[] = (options.initial ?? []).slice(0, k);

  // k-means++: next seed drawn with probability ∝ (1 - best similarity)².
  const best = new Float64Array(n).fill(-Infinity);
  const dense = new Float32Array(dimensions);
  const updateBest = (seed: SparseVector): void => {
    for (let t = 0; t < seed.ids.length; t++) dense[seed.ids[t]!] = seed.weights[t]!;
    for (let p = 0; p < n; p++) {
      const v = vectors[p]!;
      let s = 0;
      for (let t = 0; t < v.ids.length; t++) s += v.weights[t]! * dense[v.ids[t]!]!;
      if (s > best[p]!) best[p] = s;
    }
    for (let t = 0; t < seed.ids.length; t++) dense[seed.ids[t]!] = 0;
  };
  for (const seed of seeds) updateBest(seed);
  while (seeds.length < k) {
    let total = 0;
    const weight = new Float64Array(n);
    for (let p = 0; p < n; p++) {
      const d = vectors[p]!.ids.length === 0 ? 0 : Math.max(0, 1 - (best[p] === -Infinity ? 0 : best[p]!));
      weight[p] = d * d;
      total += weight[p]!;
    }
    let pick = 0;
    if (total > 0) {
      let r = random() * total;
      for (pick = 0; pick < n - 1; pick++) {
        r -= weight[pick]!;
        if (r <= 0) break;
      }
    } else pick = seeds.length % n;
    seeds.push(vectors[pick]!);
    updateBest(vectors[pick]!);
  }

  let centroids = new Float32Array(dimensions * k);
  seeds.forEach((seed, c) => {
    for (let t = 0; t < seed.ids.length; t++) centroids[seed.ids[t]! * k + c] = seed.weights[t]!;
  });
  normaliseColumns(centroids, k, dimensions);

  const assignment = new Int32Array(n).fill(-1);
  const scores = new Float64Array(k);
  const maxIterations = options.maxIterations ?? 15;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let changed = 0;
    for (let p = 0; p < n; p++) {
      scoreCentroids(vectors[p]!, centroids, k, scores);
      let arg = 0;
      for (let c = 1; c < k; c++) if (scores[c]! > scores[arg]!) arg = c;
      if (assignment[p] !== arg) {
        assignment[p] = arg;
        changed++;
      }
    }
    if (changed === 0 && iteration > 0) break;
    const next = new Float32Array(dimensions * k);
    const sizes = new Int32Array(k);
    for (let p = 0; p < n; p++) {
      const c = assignment[p]!;
      sizes[c]!++;
      const v = vectors[p]!;
      for (let t = 0; t < v.ids.length; t++) next[v.ids[t]! * k + c]! += v.weights[t]!;
    }
    // An empty cluster keeps its old centroid rather than vanish.
    for (let c = 0; c < k; c++) {
      if (sizes[c] !== 0) continue;
      for (let t = 0; t < dimensions; t++) next[t * k + c] = centroids[t * k + c]!;
    }
    normaliseColumns(next, k, dimensions);
    centroids = next;
  }
  return { k, assignment, centroids };
}
