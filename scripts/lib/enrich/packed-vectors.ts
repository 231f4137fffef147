/**
 * Sparse vectors laid end to end in three typed arrays, the form in which
 * they cross to worker threads (by copy, or shared) without one object per
 * vector. The values are the vectors' own, so sums over them are the same.
 */
import type { SparseVector } from './sparse-vectors.ts';

/** Vector i is `ids/weights[offsets[i], offsets[i + 1])`. */
export interface PackedVectors {
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float32Array;
}

/**
 * Copies vectors into one {@link PackedVectors}.
 *
 * @param shared Allocate the arrays in `SharedArrayBuffer`s, for threads to read at once.
 */
export function packVectors(vectors: readonly SparseVector[], shared = false): PackedVectors {
  const Buffer = shared ? SharedArrayBuffer : ArrayBuffer;
  const offsets = new Int32Array(new Buffer((vectors.length + 1) * 4));
  vectors.forEach((v, i) => (offsets[i + 1] = offsets[i]! + v.ids.length));
  const total = offsets[vectors.length]!;
  const ids = new Int32Array(new Buffer(total * 4));
  const weights = new Float32Array(new Buffer(total * 4));
  vectors.forEach((v, i) => {
    ids.set(v.ids, offsets[i]!);
    weights.set(v.weights, offsets[i]!);
  });
  return { offsets, ids, weights };
}

/** The vectors of a {@link PackedVectors}, as views into its arrays (nothing copied). */
export function unpackVectors({ offsets, ids, weights }: PackedVectors): SparseVector[] {
  return Array.from({ length: offsets.length - 1 }, (_, i) => ({
    ids: ids.subarray(offsets[i]!, offsets[i + 1]!),
    weights: weights.subarray(offsets[i]!, offsets[i + 1]!),
  }));
}
