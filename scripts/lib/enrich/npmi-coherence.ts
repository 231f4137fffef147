/**
 * NPMI coherence of a list of phrases over a set of documents, the measure
 * printed for every topic: for each pair (i, j),
 * NPMI = log(p(i,j) / (p(i) p(j))) / -log p(i,j), with -1 when the pair never
 * co-occurs and 1 when both occur in every document; averaged over pairs.
 */

/**
 * NPMI of two phrases from their document sets.
 * `a` and `b` are ascending document ids; `docCount` is the number of documents.
 */
export function pairNpmi(a: ArrayLike<number>, b: ArrayLike<number>, docCount: number): number {
  let both = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      both++;
      i++;
      j++;
    }
  }
  if (both === 0) return -1;
  const pij = both / docCount;
  if (pij === 1) return 1;
  const pi = a.length / docCount;
  const pj = b.length / docCount;
  return Math.log(pij / (pi * pj)) / -Math.log(pij);
}

/**
 * Mean pairwise NPMI of phrases given, for each phrase, the ascending ids of
 * the documents it occurs in. Fewer than two phrases give 0.
 */
export function npmiFromOccurrences(occurrences: ReadonlyArray<ArrayLike<number>>, docCount: number): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < occurrences.length; i++) {
    for (let j = i + 1; j < occurrences.length; j++) {
      sum += pairNpmi(occurrences[i]!, occurrences[j]!, docCount);
      pairs++;
    }
  }
  return pairs === 0 ? 0 : sum / pairs;
}

/**
 * Mean pairwise NPMI of normalised phrases over normalised documents: a
 * phrase occurs in a document when its tokens appear there in a row.
 * Fine for small inputs; the pipeline uses {@link PhraseOccurrenceIndex}.
 */
export function npmiCoherence(phrases: readonly string[], documents: readonly string[]): number {
  const padded = documents.map((d) => ` ${d} `);
  const occurrences = phrases.map((phrase) => {
    const ids: number[] = [];
    padded.forEach((doc, id) => {
      if (doc.includes(` ${phrase} `)) ids.push(id);
    });
    return ids;
  });
  return npmiFromOccurrences(occurrences, documents.length);
}
