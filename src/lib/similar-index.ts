/**
 * The find-similar index the build publishes under `/similar/`: a term
 * dictionary with document frequencies, and each paper's tf-idf vector over
 * the build's candidate terms (keyphrases weighted 2, as for related papers),
 * pruned to its strongest terms, quantised and sharded by paper range so the
 * browser downloads only what a query needs. Pure.
 */
import { slugifyPhrase } from '../../scripts/lib/enrich/normalise-phrase.ts';
import { encodeTerms, encodeVector } from './similar-codec.ts';
import { termFrequencies } from './similar-terms.ts';

/** Format version of every file of the index. */
export const SIMILAR_VERSION = 1;

/** `/similar/terms.json`: the dictionary and the shard layout. */
export interface SimilarTermsFile {
  version: typeof SIMILAR_VERSION;
  /** Papers in the catalogue (the N of idf). */
  papers: number;
  /** Papers per vector shard and number of vector shards. */
  vectorShardSize: number;
  vectorShards: number;
  /** Papers per title shard and number of title shards. */
  titleShardSize: number;
  titleShards: number;
  /** Terms kept in some paper's pruned vector, sorted and front-coded (`encodeTerms`); a term's id is its index. */
  terms: string[];
  /** Document frequency of each term in the whole catalogue. */
  df: number[];
  /** Ids of terms that are some paper's keyphrase (a query weights them 2, as the build does). */
  keyphrases: number[];
}

/** `/similar/vectors-<n>.json`: encoded vectors of papers `start…start+vectors.length-1`. */
export interface SimilarVectorShard {
  version: typeof SIMILAR_VERSION;
  start: number;
  /** `encodeVector` text per paper, in index order. */
  vectors: string[];
}

/** `/similar/titles-<n>.json`: slugs and titles of papers `start…`, fetched only for shown results. */
export interface SimilarTitleShard {
  version: typeof SIMILAR_VERSION;
  start: number;
  slugs: string[];
  titles: string[];
}

/** The paper fields the index reads. */
export interface SimilarSourcePaper {
  slug: string;
  title: string;
  abstractText: string;
  keywords: readonly { slug: string }[];
}

/** Settings of {@link buildSimilarIndex}. */
export interface SimilarIndexOptions {
  /** Strongest terms kept per paper. */
  termsPerPaper?: number;
  vectorShardSize?: number;
  titleShardSize?: number;
}

/** Defaults chosen so 10,000 papers stay well under 1 MB of vectors and dictionary (docs in the report test). */
export const SIMILAR_DEFAULTS = { termsPerPaper: 18, vectorShardSize: 2000, titleShardSize: 100 } as const;

/** Everything {@link buildSimilarIndex} returns. */
export interface SimilarIndex {
  terms: SimilarTermsFile;
  vectorShards: SimilarVectorShard[];
  titleShards: SimilarTitleShard[];
}

/**
 * Builds the index. Papers are ordered by slug, so equal catalogues give equal
 * files. Like the build's vectors, terms in fewer than 2 papers or more than
 * half of them are dropped; weights are `(1 + ln tf) · ln(N / df) · boost`,
 * L2-normalised over all terms before pruning (so pruned dot products
 * approximate the full cosine).
 */
export function buildSimilarIndex(papers: readonly SimilarSourcePaper[], options: SimilarIndexOptions = {}): SimilarIndex {
  const termsPerPaper = options.termsPerPaper ?? SIMILAR_DEFAULTS.termsPerPaper;
  const vectorShardSize = options.vectorShardSize ?? SIMILAR_DEFAULTS.vectorShardSize;
  const titleShardSize = options.titleShardSize ?? SIMILAR_DEFAULTS.titleShardSize;
  const sorted = [...papers].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const n = sorted.length;
  const tfs = sorted.map((paper) => termFrequencies(paper.title, paper.abstractText));
  const df = new Map<string, number>();
  for (const tf of tfs) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const maxDf = Math.max(2, n / 2);

  const keyphraseTerms = new Set<string>();
  const pruned = sorted.map((paper, index) => {
    const keywordSlugs = new Set(paper.keywords.map((keyword) => keyword.slug));
    const weighted: [string, number][] = [];
    for (const [term, tf] of tfs[index]!) {
      const d = df.get(term)!;
      if (d < 2 || d > maxDf) continue;
      const isKeyphrase = keywordSlugs.has(slugifyPhrase(term));
      if (isKeyphrase) keyphraseTerms.add(term);
      weighted.push([term, (1 + Math.log(tf)) * Math.log(n / d) * (isKeyphrase ? 2 : 1)]);
    }
    const norm = Math.sqrt(weighted.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    return weighted
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, termsPerPaper)
      .map(([term, w]): [string, number] => [term, w / norm]);
  });

  const terms = [...new Set(pruned.flatMap((vector) => vector.map(([term]) => term)))].sort();
  const idOf = new Map(terms.map((term, id) => [term, id]));
  const encoded = pruned.map((vector) => {
    const entries = vector.map(([term, w]): [number, number] => [idOf.get(term)!, w]).sort((a, b) => a[0] - b[0]);
    return encodeVector({ ids: entries.map(([id]) => id), weights: entries.map(([, w]) => w) });
  });

  const vectorShards: SimilarVectorShard[] = [];
  for (let start = 0; start < n || (start === 0 && vectorShards.length === 0); start += vectorShardSize) {
    vectorShards.push({ version: SIMILAR_VERSION, start, vectors: encoded.slice(start, start + vectorShardSize) });
  }
  const titleShards: SimilarTitleShard[] = [];
  for (let start = 0; start < n || (start === 0 && titleShards.length === 0); start += titleShardSize) {
    const part = sorted.slice(start, start + titleShardSize);
    titleShards.push({ version: SIMILAR_VERSION, start, slugs: part.map((p) => p.slug), titles: part.map((p) => p.title) });
  }
  return {
    terms: {
      version: SIMILAR_VERSION,
      papers: n,
      vectorShardSize,
      vectorShards: vectorShards.length,
      titleShardSize,
      titleShards: titleShards.length,
      terms: encodeTerms(terms),
      df: terms.map((term) => df.get(term)!),
      keyphrases: terms.flatMap((term, id) => (keyphraseTerms.has(term) ? [id] : [])),
    },
    vectorShards,
    titleShards,
  };
}

/** Site-relative paths of the index files. */
export const similarPaths = {
  terms: '/similar/terms.json',
  vectors: (shard: number): string => `/similar/vectors-${shard}.json`,
  titles: (shard: number): string => `/similar/titles-${shard}.json`,
};
