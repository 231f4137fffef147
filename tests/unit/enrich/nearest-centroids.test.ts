import { describe, expect, test } from 'vitest';
import { centroidOf, indexCentroids, scoreCentroids } from '../../../scripts/lib/enrich/cluster-papers.ts';
import { assignRange, indexSubset, nearestCentroids, scratchRows } from '../../../scripts/lib/enrich/nearest-centroids.ts';
import { packVectors } from '../../../scripts/lib/enrich/packed-vectors.ts';
import { seededRandom } from '../../../scripts/lib/enrich/seeded-random.ts';
import type { SparseVector } from '../../../scripts/lib/enrich/sparse-vectors.ts';

const DIMENSIONS = 150;

function randomUnitVectors(count: number, random: () => number): SparseVector[] {
  return Array.from({ length: count }, () => {
    const ids = [...new Set(Array.from({ length: Math.floor(random() * 20) }, () => Math.floor(random() * DIMENSIONS)))].sort((a, b) => a - b);
    const raw = ids.map(() => (1 + Math.floor(random() * 4)) / 4);
    const norm = Math.sqrt(raw.reduce((s, w) => s + w * w, 0)) || 1;
    return { ids: Int32Array.from(ids), weights: Float32Array.from(raw, (w) => w / norm) };
  });
}

/** The assignment step by its definition: score every centroid, keep the current cluster on ties, else the lowest. */
function referenceAssign(vectors: readonly SparseVector[], centroids: readonly SparseVector[], assignment: Int32Array): number {
  const index = indexCentroids(centroids, DIMENSIONS);
  let moved = 0;
  vectors.forEach((v, p) => {
    const scores = new Float64Array(centroids.length);
    scoreCentroids(v, index, scores);
    let arg = assignment[p]! >= 0 ? assignment[p]! : 0;
    for (let c = 0; c < centroids.length; c++) if (scores[c]! > scores[arg]!) arg = c;
    if (arg !== assignment[p]) moved++;
    assignment[p] = arg;
  });
  return moved;
}

/** Each paper's `count` best clusters by their definition: most similar first, ties to the lower cluster. */
function referenceRank(vectors: readonly SparseVector[], centroids: readonly SparseVector[], count: number): Int32Array[] {
  const index = indexCentroids(centroids, DIMENSIONS);
  return vectors.map((v) => {
    const scores = new Float64Array(centroids.length);
    scoreCentroids(v, index, scores);
    return Int32Array.from([...scores.keys()].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, count));
  });
}

describe('nearest centroids', () => {
  const random = seededRandom(21);
  const vectors = randomUnitVectors(3000, random);
  const centroids = Array.from({ length: 9 }, (_, c) => centroidOf(vectors.slice(c * 40, c * 40 + 40), 30));
  const start = Int32Array.from(vectors, (_, p) => (p % 7 === 0 ? -1 : p % centroids.length));

  test('assignRange moves papers as the definition does', () => {
    const expected = Int32Array.from(start);
    const moved = referenceAssign(vectors, centroids, expected);
    const actual = Int32Array.from(start);
    const index = indexCentroids(centroids, DIMENSIONS);
    expect(assignRange(packVectors(vectors), index, actual, 0, vectors.length, scratchRows(centroids.length))).toBe(moved);
    expect(actual).toEqual(expected);
  });

  test('gives the same assignment with a helper thread, step after step', () => {
    const threaded = nearestCentroids(vectors, DIMENSIONS, { maxPostings: centroids.length * 30, minPapers: 0 });
    const alone = nearestCentroids(vectors, DIMENSIONS, { maxPostings: centroids.length * 30, minPapers: Infinity });
    try {
      const a = Int32Array.from(start);
      const b = Int32Array.from(start);
      let current = centroids;
      for (let step = 0; step < 3; step++) {
        const index = indexCentroids(current, DIMENSIONS);
        expect(threaded.assign(index, a)).toBe(alone.assign(index, b));
        expect(a).toEqual(b);
        current = current.map((c, i) => centroidOf(vectors.filter((_, p) => a[p] === i), 30));
      }
    } finally {
      threaded.close();
      alone.close();
    }
  });

  test('ranks each paper\'s best clusters as the definition does, on one thread or two', () => {
    const index = indexCentroids(centroids, DIMENSIONS);
    const expected = referenceRank(vectors, centroids, 5);
    const threaded = nearestCentroids(vectors, DIMENSIONS, { maxPostings: centroids.length * 30, minPapers: 0 });
    const alone = nearestCentroids(vectors, DIMENSIONS, { maxPostings: centroids.length * 30, minPapers: Infinity });
    try {
      expect(threaded.rank(index, 5)).toEqual(expected);
      expect(alone.rank(index, 5)).toEqual(expected);
      expect(() => alone.rank(index, 99)).not.toThrow();
      expect(() => threaded.rank(index, 99)).toThrow(/at most/);
    } finally {
      threaded.close();
      alone.close();
    }
  });

  test('falls back to the calling thread when the centroids have more terms than it shares', () => {
    const small = nearestCentroids(vectors, DIMENSIONS, { maxPostings: 5, minPapers: 0 });
    try {
      const expected = Int32Array.from(start);
      const moved = referenceAssign(vectors, centroids, expected);
      const actual = Int32Array.from(start);
      expect(small.assign(indexCentroids(centroids, DIMENSIONS), actual)).toBe(moved);
      expect(actual).toEqual(expected);
    } finally {
      small.close();
    }
  });

  test('indexSubset keeps exactly the chosen clusters\' postings', () => {
    const index = indexCentroids(centroids, DIMENSIONS);
    const subset = indexSubset(index, [1, 4]);
    expect(subset.k).toBe(index.k);
    for (let t = 0; t < DIMENSIONS; t++) {
      const full = [];
      for (let at = index.start[t]!; at < index.start[t + 1]!; at++) if ([1, 4].includes(index.cluster[at]!)) full.push([index.cluster[at], index.weight[at]]);
      const part = [];
      for (let at = subset.start[t]!; at < subset.start[t + 1]!; at++) part.push([subset.cluster[at], subset.weight[at]]);
      expect(part).toEqual(full);
    }
  });

  // k-means steps where only some centroids change: rescoring just those (scores kept between
  // steps) must move the same papers as scoring every centroid, on one thread or two.
  test.each([
    ['on the calling thread', Infinity],
    ['with a helper thread', 0],
  ])('rescoring only the changed centroids gives the same steps as scoring all (%s)', (_, minPapers) => {
    const keeping = nearestCentroids(vectors, DIMENSIONS, { maxClusters: centroids.length, maxPostings: centroids.length * 30, minPapers });
    try {
      const kept = Int32Array.from(start);
      const expected = Int32Array.from(start);
      let current = [...centroids];
      let changed: number[] | undefined;
      let partialSteps = 0;
      let lastAssigned = current;
      for (let step = 0; step < 6; step++) {
        lastAssigned = [...current];
        const index = indexCentroids(current, DIMENSIONS);
        const moved = referenceAssign(vectors, current, expected);
        expect(keeping.assign(index, kept, changed)).toBe(moved);
        expect(kept).toEqual(expected);
        if (changed) partialSteps++;
        // Change two centroids per step (not all), as late k-means does.
        changed = [step % current.length, (step * 4 + 3) % current.length];
        for (const c of changed) current[c] = centroidOf(vectors.filter((_, p) => (p + step) % 11 === c), 30);
      }
      expect(partialSteps).toBe(5);
      // The kept scores are really used: a step told that nothing changed scores with the old
      // centroids, whatever the index holds.
      const stale = Int32Array.from(start);
      const fromKept = Int32Array.from(start);
      const staleMoved = referenceAssign(vectors, lastAssigned, stale);
      expect(staleMoved).toBeGreaterThan(0);
      const other = current.map((_, c) => centroidOf(vectors.filter((_, p) => p % 5 === c % 5), 30));
      expect(keeping.assign(indexCentroids(other, DIMENSIONS), fromKept, [])).toBe(staleMoved);
      expect(fromKept).toEqual(stale);
      // Ranking rescores only the centroids changed since the last step (that one kept the old scores).
      expect(keeping.rank(indexCentroids(current, DIMENSIONS), 5, changed)).toEqual(referenceRank(vectors, current, 5));
    } finally {
      keeping.close();
    }
  });

  test('keeps no scores for more clusters than it was sized for, and still assigns by definition', () => {
    const tooFew = nearestCentroids(vectors, DIMENSIONS, { maxClusters: 2, minPapers: Infinity });
    const expected = Int32Array.from(start);
    const moved = referenceAssign(vectors, centroids, expected);
    const actual = Int32Array.from(start);
    const index = indexCentroids(centroids, DIMENSIONS);
    expect(tooFew.assign(index, actual)).toBe(moved);
    // `changed` cannot be honoured without kept scores: every centroid is scored again.
    const again = Int32Array.from(start);
    expect(tooFew.assign(index, again, [0])).toBe(moved);
    expect(again).toEqual(expected);
  });
});
