/**
 * Which documents contain a normalised phrase, found without scanning every
 * document: intersect the postings of the phrase's tokens, then check the
 * few remaining documents for the tokens in a row.
 */
import { normalisePhrase } from './normalise-phrase.ts';

/** Token postings over normalised documents, answering "which documents contain this phrase". */
export class PhraseOccurrenceIndex {
  /** Number of documents. */
  readonly size: number;
  readonly #docs: string[];
  readonly #postings = new Map<string, number[]>();
  readonly #cache = new Map<string, Int32Array>();

  /** `texts[i]` is the raw title + abstract of document `i`. */
  constructor(texts: readonly string[]) {
    this.size = texts.length;
    this.#docs = texts.map((text) => ` ${normalisePhrase(text)} `);
    this.#docs.forEach((doc, id) => {
      for (const token of new Set(doc.trim().split(' '))) {
        let list = this.#postings.get(token);
        if (!list) this.#postings.set(token, (list = []));
        list.push(id);
      }
    });
  }

  /** Ascending ids of the documents whose normalised text contains `phrase` (already normalised). */
  documentsWith(phrase: string): Int32Array {
    const cached = this.#cache.get(phrase);
    if (cached) return cached;
    const lists = [...new Set(phrase.split(' '))]
      .map((token) => this.#postings.get(token) ?? [])
      .sort((a, b) => a.length - b.length);
    let ids = lists[0] ?? [];
    for (const list of lists.slice(1)) ids = ids.filter((id) => contains(list, id));
    const needle = ` ${phrase} `;
    const result = Int32Array.from(lists.length > 1 ? ids.filter((id) => this.#docs[id]!.includes(needle)) : ids);
    this.#cache.set(phrase, result);
    return result;
  }
}

/** Binary search in an ascending list. */
function contains(list: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = list[mid]!;
    if (value === id) return true;
    if (value < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
