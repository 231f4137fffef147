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
    for (const list of lists.slice(1)) {
      const set = new Set(list);
      ids = ids.filter((id) => set.has(id));
    }
    const needle = ` ${phrase} `;
    const result = Int32Array.from(lists.length > 1 ? ids.filter((id) => this.#docs[id]!.includes(needle)) : ids);
    this.#cache.set(phrase, result);
    return result;
  }
}
