/**
 * Terms of a text for find-similar, with the build's own tokenisation: the
 * candidate phrases of `scripts/lib/enrich/extract-candidates.ts` (1–4 word
 * noun-phrase chunks and their sub-chunks, singular, lowercase), so the
 * browser and the build see the same terms. It runs in the browser too (no
 * Node builtins; `pluralize` is its one dependency).
 *
 * Differences from the build's related-papers vectors, kept on purpose: the
 * catalogue-wide folding of acronyms and of spelling variants that differ only
 * in spaces is not repeated (an acronym defined in the text itself is folded).
 */
import { extractCandidates } from '../../scripts/lib/enrich/extract-candidates.ts';

/**
 * Term frequencies of a title and text as the build counts them: occurrences,
 * plus one when the term is in the title.
 */
export function termFrequencies(title: string, text: string): Map<string, number> {
  const { candidates, acronyms } = extractCandidates(title, text);
  const tf = new Map<string, number>();
  for (const candidate of candidates.values()) {
    const key = (candidate.tokens === 1 ? acronyms.get(candidate.key)?.long : undefined) ?? candidate.key;
    tf.set(key, (tf.get(key) ?? 0) + candidate.count + (candidate.inTitle ? 1 : 0));
  }
  return tf;
}
