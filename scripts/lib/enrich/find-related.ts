/**
 * Related papers by cosine similarity of tf-idf vectors, without an
 * all-pairs matrix: candidates come from an inverted index whose postings
 * are cut to the highest-weighted papers per term (very common terms are
 * skipped), then candidates are rescored with the exact cosine.
 */
import { kthLargest } from './kth-largest.ts';
import type { SparseVector } from './sparse-vectors.ts';

/** Options of {@link findRelated}. */
export interface RelatedOptions {
  /** Related papers per paper. */
  limit?: number;
  /** Postings kept per term, highest weight first. */
  postingsPerTerm?: number;
  /** Query terms used per paper, highest weight first. */
  termsPerPaper?: number;
  /** Candidates rescored per paper. */
  candidates?: number;
}

/** For each paper, up to `limit` `[paper index, score]` pairs, best first, score in (0, 1]. */
export function findRelated(
  vectors: readonly SparseVector[],
  df: Int32Array,
  options: RelatedOptions = {},
): [number, number][][] {
  const relatedOf = relatedFinder(vectors, df, options);
  return vectors.map((_, self) => relatedOf(self));
}

/**
 * The related papers of one paper at a time: `relatedOf(i)` is `findRelated(vectors, df, options)[i]`.
 * Each paper's list depends only on the vectors, so papers can be split between threads, each
 * with its own finder, and the lists come out the same.
 */
export function relatedFinder(
  vectors: readonly SparseVector[],
  df: Int32Array,
  options: RelatedOptions = {},
): (self: number) => [number, number][] {
  const n = vectors.length;
  const limit = options.limit ?? 6;
  const postingsPerTerm = options.postingsPerTerm ?? 64;
  const termsPerPaper = options.termsPerPaper ?? 20;
  const candidateCount = options.candidates ?? 40;
  // Terms in more than 10% of papers say little about relatedness and cost the most.
  const commonDf = Math.max(20, 0.1 * n);

  // Postings as flat arrays (term t: papers/weights[start[t], end[t])), each cut to its best
  // `postingsPerTerm` (weight descending, then paper): one object per posting cost 100k papers
  // tens of millions of allocations.
  const start = new Int32Array(df.length + 1);
  for (let id = 0; id < df.length; id++) start[id + 1] = start[id]! + (df[id]! <= commonDf ? df[id]! : 0);
  const fill = start.slice(0, df.length);
  const postingPaper = new Int32Array(start[df.length]!);
  const postingWeight = new Float32Array(start[df.length]!);
  vectors.forEach((v, paper) => {
    for (let t = 0; t < v.ids.length; t++) {
      const id = v.ids[t]!;
      if (df[id]! > commonDf) continue;
      const at = fill[id]!++;
      postingPaper[at] = paper;
      postingWeight[at] = v.weights[t]!;
    }
  });
  const end = new Int32Array(df.length);
  for (let id = 0; id < df.length; id++) {
    const from = start[id]!;
    const to = fill[id]!;
    const order = Array.from({ length: to - from }, (_, i) => from + i).sort(
      (a, b) => postingWeight[b]! - postingWeight[a]! || postingPaper[a]! - postingPaper[b]!,
    );
    const kept = order.slice(0, postingsPerTerm);
    const papersKept = kept.map((at) => postingPaper[at]!);
    const weightsKept = kept.map((at) => postingWeight[at]!);
    postingPaper.set(papersKept, from);
    postingWeight.set(weightsKept, from);
    end[id] = from + kept.length;
  }

  const accumulator = new Float64Array(n);
  const dense = new Float64Array(df.length);
  const touched: number[] = [];
  return (self) => {
    const v = vectors[self]!;
    const order = Array.from(v.ids.keys())
      .sort((a, b) => v.weights[b]! - v.weights[a]! || a - b)
      .slice(0, termsPerPaper);
    for (const t of order) {
      const w = v.weights[t]!;
      const id = v.ids[t]!;
      for (let at = start[id]!, stop = end[id]!; at < stop; at++) {
        const paper = postingPaper[at]!;
        const weight = postingWeight[at]!;
        if (paper === self) continue;
        if (accumulator[paper] === 0) touched.push(paper);
        accumulator[paper]! += w * weight;
      }
    }
    // Keep the strongest partial scores without sorting every touched paper.
    let threshold = 0;
    if (touched.length > candidateCount) {
      threshold = kthLargest(Float64Array.from(touched, (p) => accumulator[p]!), candidateCount);
    }
    const candidates = touched
      .filter((p) => accumulator[p]! >= threshold)
      .sort((a, b) => accumulator[b]! - accumulator[a]! || a - b)
      .slice(0, candidateCount);
    for (const p of touched) accumulator[p] = 0;
    touched.length = 0;
    // Exact cosine against the paper scattered once into a dense array: the same products, added
    // in the same (ascending term) order as `sparseDot`, without merging two id lists per candidate.
    for (let t = 0; t < v.ids.length; t++) dense[v.ids[t]!] = v.weights[t]!;
    const scored = candidates.map((p): [number, number] => {
      const other = vectors[p]!;
      let dot = 0;
      for (let t = 0; t < other.ids.length; t++) {
        const w = dense[other.ids[t]!]!;
        if (w !== 0) dot += other.weights[t]! * w;
      }
      return [p, Math.min(1, Math.round(dot * 1e4) / 1e4)];
    });
    for (let t = 0; t < v.ids.length; t++) dense[v.ids[t]!] = 0;
    return scored
      .filter(([, score]) => score > 0)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit);
  };
}
