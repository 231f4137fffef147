/**
 * Which documents contain a normalised phrase, found without scanning every
 * document: intersect the postings of the phrase's tokens, then check the
 * few remaining documents for the tokens in a row.
 */
import { runInThread, runInWorker, type PendingTask } from '../parallel/sync-worker.ts';
import { normalisePhrase } from './normalise-phrase.ts';

/**
 * Normalised documents and their token postings laid end to end: token `tokens[i]` occurs in
 * documents `ids[offsets[i], offsets[i + 1])`, ascending. Plain data, so it can cross threads.
 */
export interface OccurrencePostings {
  /** Each document's normalised text padded with a space on both sides. */
  docs: string[];
  tokens: string[];
  offsets: Int32Array;
  ids: Int32Array;
}

/** Catalogues smaller than this build their index on the calling thread: a worker's start-up would cost more. */
export const OCCURRENCE_WORKER_MIN_DOCUMENTS = 3000;

/** Normalises `texts` (raw title + abstract of each document) and lists the documents of each token. */
export function occurrencePostings(texts: readonly string[]): OccurrencePostings {
  const docs = texts.map((text) => ` ${normalisePhrase(text)} `);
  const postings = new Map<string, number[]>();
  docs.forEach((doc, id) => {
    for (const token of new Set(doc.trim().split(' '))) {
      let list = postings.get(token);
      if (!list) postings.set(token, (list = []));
      list.push(id);
    }
  });
  const tokens = [...postings.keys()];
  const offsets = new Int32Array(tokens.length + 1);
  tokens.forEach((token, i) => (offsets[i + 1] = offsets[i]! + postings.get(token)!.length));
  const ids = new Int32Array(offsets[tokens.length]!);
  tokens.forEach((token, i) => ids.set(postings.get(token)!, offsets[i]!));
  return { docs, tokens, offsets, ids };
}

/** Token postings over normalised documents, answering "which documents contain this phrase". */
export class PhraseOccurrenceIndex {
  /** Number of documents. */
  readonly size: number;
  readonly #docs: string[];
  readonly #postings = new Map<string, Int32Array>();
  readonly #cache = new Map<string, Int32Array>();

  /** `texts[i]` is the raw title + abstract of document `i`; or the {@link occurrencePostings} of such texts. */
  constructor(texts: readonly string[] | OccurrencePostings) {
    const { docs, tokens, offsets, ids } = Array.isArray(texts) ? occurrencePostings(texts) : (texts as OccurrencePostings);
    this.size = docs.length;
    this.#docs = docs;
    tokens.forEach((token, i) => this.#postings.set(token, ids.subarray(offsets[i]!, offsets[i + 1]!)));
  }

  /** Ascending ids of the documents whose normalised text contains `phrase` (already normalised). */
  documentsWith(phrase: string): Int32Array {
    const cached = this.#cache.get(phrase);
    if (cached) return cached;
    const lists = [...new Set(phrase.split(' '))]
      .map((token) => this.#postings.get(token) ?? EMPTY)
      .sort((a, b) => a.length - b.length);
    let ids = lists[0] ?? EMPTY;
    for (const list of lists.slice(1)) ids = ids.filter((id) => contains(list, id));
    const needle = ` ${phrase} `;
    const result = lists.length > 1 ? ids.filter((id) => this.#docs[id]!.includes(needle)) : Int32Array.from(ids);
    this.#cache.set(phrase, result);
    return result;
  }
}

const EMPTY = new Int32Array(0);

/**
 * Starts building the index of `texts` on a worker thread for a large catalogue (on the
 * calling thread, when its result is taken, for a small one); the index is the same either way.
 *
 * @param minDocuments Smallest catalogue given a worker (default {@link OCCURRENCE_WORKER_MIN_DOCUMENTS}).
 */
export function startPhraseOccurrenceIndex(
  texts: readonly string[],
  minDocuments = OCCURRENCE_WORKER_MIN_DOCUMENTS,
): PendingTask<PhraseOccurrenceIndex> {
  if (texts.length < minDocuments) return runInThread(() => new PhraseOccurrenceIndex(texts));
  const pending = runInWorker<OccurrencePostings>(new URL('./phrase-occurrence-index.ts', import.meta.url), 'occurrencePostings', texts);
  return { result: () => new PhraseOccurrenceIndex(pending.result()) };
}

/** Binary search in an ascending list. */
function contains(list: ArrayLike<number>, id: number): boolean {
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
