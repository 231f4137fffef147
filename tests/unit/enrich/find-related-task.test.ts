import { describe, expect, test } from 'vitest';
import { sharedCounter } from '../../../scripts/lib/parallel/shared-counter.ts';
import { findRelated } from '../../../scripts/lib/enrich/find-related.ts';
import { claimChunk, findRelatedShare, packRelated, RELATED_CHUNK, startFindRelated, unpackRelated } from '../../../scripts/lib/enrich/find-related-task.ts';
import { packVectors, unpackVectors } from '../../../scripts/lib/enrich/packed-vectors.ts';
import { seededRandom } from '../../../scripts/lib/enrich/seeded-random.ts';
import type { SparseVector } from '../../../scripts/lib/enrich/sparse-vectors.ts';

/** Random unit vectors over `dimensions` terms, some empty, and their document frequencies. */
function randomSpace(papers: number, dimensions: number, seed: number): { vectors: SparseVector[]; df: Int32Array } {
  const random = seededRandom(seed);
  const df = new Int32Array(dimensions);
  const vectors = Array.from({ length: papers }, (): SparseVector => {
    const ids = [...new Set(Array.from({ length: Math.floor(random() * 12) }, () => Math.floor(random() ** 2 * dimensions)))].sort((a, b) => a - b);
    const raw = ids.map(() => 0.1 + random());
    const norm = Math.sqrt(raw.reduce((s, w) => s + w * w, 0)) || 1;
    for (const id of ids) df[id]!++;
    return { ids: Int32Array.from(ids), weights: Float32Array.from(raw, (w) => w / norm) };
  });
  return { vectors, df };
}

describe('packed vectors and related lists', () => {
  test('unpack what was packed', () => {
    const { vectors } = randomSpace(50, 30, 1);
    expect(unpackVectors(packVectors(vectors))).toEqual(vectors);
    const shared = packVectors(vectors, true);
    expect(shared.ids.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(unpackVectors(shared).map((v) => [[...v.ids], [...v.weights]])).toEqual(vectors.map((v) => [[...v.ids], [...v.weights]]));
    const related: [number, number][][] = [[], [[3, 0.5], [1, 0.25]], [[0, 1]]];
    expect(unpackRelated(packRelated(related))).toEqual(related);
  });

  test('findRelatedShare finds the lists of the chunks left to claim, as findRelated does', () => {
    const papers = 3 * RELATED_CHUNK + 10;
    const { vectors, df } = randomSpace(papers, 120, 2);
    const claims = sharedCounter();
    // Another thread has taken the first chunk already.
    expect(claimChunk(claims, papers)).toBe(0);
    const share = findRelatedShare({ vectors: packVectors(vectors), df, options: { limit: 4 }, claims });
    expect([...share.chunks]).toEqual([1, 2, 3]);
    expect(unpackRelated(share.related)).toEqual(findRelated(vectors, df, { limit: 4 }).slice(RELATED_CHUNK));
    expect(claimChunk(claims, papers)).toBeUndefined();
  });
});

describe('startFindRelated', () => {
  test('gives the same related papers on a worker thread as on the calling thread', () => {
    const { vectors, df } = randomSpace(2000, 400, 3);
    const expected = findRelated(vectors, df);
    expect(startFindRelated(vectors, df, undefined, 0).result()).toEqual(expected);
    expect(startFindRelated(vectors, df, undefined, Infinity).result()).toEqual(expected);
  });
});
