import { describe, expect, test } from 'vitest';
import { centroidOf, clusterPapers, strongestTerms } from '../../../scripts/lib/enrich/cluster-papers.ts';
import { seededRandom } from '../../../scripts/lib/enrich/seeded-random.ts';
import type { SparseVector } from '../../../scripts/lib/enrich/sparse-vectors.ts';

/** The centroid by its definition: sum in member order, sort every term by (sum desc, id asc), keep `limit`, norm in id order. */
function referenceCentroid(vectors: readonly SparseVector[], limit: number): SparseVector {
  const sums = new Map<number, number>();
  for (const v of vectors) v.ids.forEach((id, t) => sums.set(id, (sums.get(id) ?? 0) + v.weights[t]!));
  const kept = [...sums.keys()]
    .sort((a, b) => sums.get(b)! - sums.get(a)! || a - b)
    .slice(0, limit)
    .sort((a, b) => a - b);
  let norm = 0;
  for (const id of kept) norm += sums.get(id)! ** 2;
  norm = Math.sqrt(norm) || 1;
  return { ids: Int32Array.from(kept), weights: Float32Array.from(kept, (id) => sums.get(id)! / norm) };
}

/** Random sparse vectors whose weights repeat often, so sums tie. */
function randomVectors(count: number, dimensions: number, random: () => number): SparseVector[] {
  return Array.from({ length: count }, () => {
    const ids = [...new Set(Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * dimensions)))].sort((a, b) => a - b);
    return { ids: Int32Array.from(ids), weights: Float32Array.from(ids, () => (1 + Math.floor(random() * 4)) / 8) };
  });
}

describe('centroidOf', () => {
  test('equals the sort-based definition, ties at the cut included', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 100; round++) {
      const vectors = randomVectors(1 + Math.floor(random() * 20), 1 + Math.floor(random() * 200), random);
      const limit = 1 + Math.floor(random() * 60);
      expect(centroidOf(vectors, limit)).toEqual(referenceCentroid(vectors, limit));
    }
  });

  test('of no vectors is empty', () => {
    expect(centroidOf([])).toEqual({ ids: new Int32Array(0), weights: new Float32Array(0) });
  });
});

describe('strongestTerms', () => {
  test('keeps the terms above the cut and the lowest ids of those at it', () => {
    const sums = Float64Array.from([0, 3, 1, 3, 2, 2, 2, 5]);
    expect([...strongestTerms(sums, [7, 6, 5, 4, 3, 2, 1], 4)].sort()).toEqual([1, 3, 4, 7]);
  });
});

describe('clusterPapers', () => {
  test('gives every paper a cluster and the same clustering for the same input', () => {
    const random = seededRandom(5);
    const vectors = randomVectors(400, 120, random).map((v) => {
      const norm = Math.sqrt(v.weights.reduce((s, w) => s + w * w, 0)) || 1;
      return { ids: v.ids, weights: v.weights.map((w) => w / norm) };
    });
    const a = clusterPapers(vectors, { k: 12, dimensions: 120 });
    const b = clusterPapers(vectors, { k: 12, dimensions: 120 });
    expect(a).toEqual(b);
    for (const c of a.assignment) expect(c).toBeGreaterThanOrEqual(0);
    expect(a.centroids).toHaveLength(12);
  });
});
