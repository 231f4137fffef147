/**
 * L2-normalised tf-idf vectors of papers over their folded candidate terms
 * (keyphrases and content words), as sorted term ids with weights.
 */

/** A sparse unit vector: ascending term ids and their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

/** Vectors of a catalogue with the vocabulary they index. */
export interface VectorSpace {
  vectors: SparseVector[];
  /** Term of each id. */
  terms: string[];
  /** Document frequency of each id. */
  df: Int32Array;
}

/** The terms a catalogue's vectors are made of, with the figures their weights come from. */
export interface Vocabulary {
  /** Term of each id, sorted. */
  terms: string[];
  /** Document frequency of each id in the papers the vocabulary was made from. */
  df: Int32Array;
  /** Papers the vocabulary was made from. */
  n: number;
}

/**
 * The vocabulary of a set of papers. Terms in fewer than 2 papers carry no similarity
 * and terms in more than half of them carry too little; both are left out.
 */
export function vocabularyOf(paperTerms: ReadonlyArray<{ keys: readonly string[] }>): Vocabulary {
  const n = paperTerms.length;
  const dfByTerm = new Map<string, number>();
  for (const { keys } of paperTerms) for (const term of keys) dfByTerm.set(term, (dfByTerm.get(term) ?? 0) + 1);
  const terms = [...dfByTerm]
    .filter(([, df]) => df >= 2 && df <= Math.max(2, n / 2))
    .map(([term]) => term)
    .sort();
  return { terms, df: Int32Array.from(terms, (term) => dfByTerm.get(term)!), n };
}

/** Term ids of a vocabulary, made once per vocabulary and shared by every vector built in it. */
const idsOf = new WeakMap<Vocabulary, Map<string, number>>();

/**
 * The L2-normalised tf-idf vector of one paper's terms in `vocabulary` (terms outside it are left
 * out); `boost(term)` multiplies a term's weight (keyphrases count more).
 */
export function vectorIn(vocabulary: Vocabulary, paperTerm: { keys: readonly string[]; tf: ArrayLike<number> }, boost: (term: string) => number): SparseVector {
  let idOf = idsOf.get(vocabulary);
  if (!idOf) idsOf.set(vocabulary, (idOf = new Map(vocabulary.terms.map((term, id) => [term, id]))));
  const { df, n } = vocabulary;
  const entries: [number, number][] = [];
  for (let i = 0; i < paperTerm.keys.length; i++) {
    const term = paperTerm.keys[i]!;
    const id = idOf.get(term);
    if (id === undefined) continue;
    entries.push([id, (1 + Math.log(paperTerm.tf[i]!)) * Math.log(n / df[id]!) * boost(term)]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
  return {
    ids: Int32Array.from(entries, ([id]) => id),
    weights: Float32Array.from(entries, ([, w]) => w / norm),
  };
}

/**
 * Builds tf-idf vectors of papers in their own {@link vocabularyOf}.
 * `boost(paper, term)` multiplies a term's weight (keyphrases count more).
 */
export function buildVectors(
  paperTerms: ReadonlyArray<{ keys: readonly string[]; tf: ArrayLike<number> }>,
  boost: (paper: number, term: string) => number,
): VectorSpace {
  const vocabulary = vocabularyOf(paperTerms);
  const vectors = paperTerms.map((paperTerm, paper) => vectorIn(vocabulary, paperTerm, (term) => boost(paper, term)));
  return { vectors, terms: vocabulary.terms, df: vocabulary.df };
}

/** Dot product of two sparse vectors (cosine for unit vectors). */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else sum += a.weights[i++]! * b.weights[j++]!;
  }
  return sum;
}
