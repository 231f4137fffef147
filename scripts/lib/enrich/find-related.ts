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
  const n = vectors.length;
  const limit = options.limit ?? 6;
  const postingsPerTerm = options.postingsPerTerm ?? 64;
  const termsPerPaper = options.termsPerPaper ?? 20;
  const candidateCount = options.candidates ?? 40;
  // Terms in more than 10% of papers say little about relatedness and cost the most.
  const commonDf = Math.max(20, 0.1 * n);

  const postings: { paper: number; weight: number }[][] = Array.from({ length: df.length }, () => []);
  vectors.forEach((v, paper) => {
    for (let t = 0; t < v.ids.length; t++) {
      const id = v.ids[t]!;
      if (df[id]! <= commonDf) postings[id]!.push({ paper, weight: v.weights[t]! });
    }
  });
  for (const list of postings) {
    list.sort((a, b) => b.weight - a.weight || a.paper - b.paper);
    list.length = Math.min(list.length, postingsPerTerm);
  }

  const accumulator = new Float64Array(n);
  const dense = new Float64Array(df.length);
  const touched: number[] = [];
  return vectors.map((v, self) => {
    const order = Array.from(v.ids.keys())
      .sort((a, b) => v.weights[b]! - v.weights[a]! || a - b)
      .slice(0, termsPerPaper);
    for (const t of order) {
      const w = v.weights[t]!;
      for (const { paper, weight } of postings[v.ids[t]!]!) {
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
  });
}
