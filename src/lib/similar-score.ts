/**
 * Find-similar scoring, shared by the browser and the tests: a query text
 * becomes a tf-idf vector over the published dictionary and every paper is
 * scored by its dot product with the paper's pruned unit vector. Pure.
 */
import { decodeTerms, decodeVector, type TermVector } from './similar-codec.ts';
import type { SimilarTermsFile } from './similar-index.ts';
import { termFrequencies } from './similar-terms.ts';

/** A query as term ids and weights (unnormalised: ranking does not need it). */
export type QueryVector = Map<number, number>;

/** Lookup tables of a dictionary, built once per page. */
export interface Dictionary {
  papers: number;
  idOf: Map<string, number>;
  df: readonly number[];
  keyphrases: Set<number>;
}

/** Indexes a `terms.json` for queries (decoding its front-coded terms). */
export function dictionaryOf(file: Pick<SimilarTermsFile, 'papers' | 'terms' | 'df' | 'keyphrases'>): Dictionary {
  return { papers: file.papers, idOf: new Map(decodeTerms(file.terms).map((term, id) => [term, id])), df: file.df, keyphrases: new Set(file.keyphrases) };
}

/**
 * The query vector of a text: the build's term weights, `(1 + ln tf) · ln(N / df)`,
 * keyphrase terms weighted 2. Terms outside the dictionary cannot match any paper and are dropped.
 */
export function queryVector(text: string, dictionary: Dictionary): QueryVector {
  const query: QueryVector = new Map();
  for (const [term, tf] of termFrequencies('', text)) {
    const id = dictionary.idOf.get(term);
    if (id === undefined) continue;
    const boost = dictionary.keyphrases.has(id) ? 2 : 1;
    query.set(id, (1 + Math.log(tf)) * Math.log(dictionary.papers / dictionary.df[id]!) * boost);
  }
  return query;
}

/** One scored paper: its index in the catalogue's slug order and its score. */
export interface ScoredPaper {
  index: number;
  score: number;
}

/** Decodes every encoded vector of a shard (paper `start + i` is `vectors[i]`). */
export function decodeShard(vectors: readonly string[]): TermVector[] {
  return vectors.map((text) => decodeVector(text));
}

/**
 * The `limit` best papers for `query`, best first (ties by index), scores as
 * cosine-like values in [0, 1] (the query is normalised here). Papers scoring 0 are left out.
 *
 * @param shards Decoded vectors with the index of their first paper.
 */
export function rankPapers(
  query: QueryVector,
  shards: readonly { start: number; vectors: readonly TermVector[] }[],
  limit: number,
): ScoredPaper[] {
  const norm = Math.sqrt([...query.values()].reduce((sum, w) => sum + w * w, 0)) || 1;
  const scored: ScoredPaper[] = [];
  for (const shard of shards) {
    shard.vectors.forEach((vector, offset) => {
      let sum = 0;
      for (let i = 0; i < vector.ids.length; i++) {
        const w = query.get(vector.ids[i]!);
        if (w !== undefined) sum += w * vector.weights[i]!;
      }
      if (sum > 0) scored.push({ index: shard.start + offset, score: Math.min(1, sum / norm) });
    });
  }
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, limit);
}
