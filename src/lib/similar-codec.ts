/**
 * Compact encoding of one pruned term vector for the find-similar shards:
 * the number of terms, then ascending term ids as gaps, all LEB128 varints, then one byte per weight
 * (weight × 255, rounded), the whole as base64. Pure; runs in Node and browsers
 * (`btoa`/`atob`).
 */

/** A sparse vector: ascending term ids and weights in (0, 1]. */
export interface TermVector {
  ids: number[];
  weights: number[];
}

/** Quantisation steps of a weight. */
export const WEIGHT_STEPS = 255;

/** Encodes `vector` (ids ascending, no duplicates) as base64 text. */
export function encodeVector(vector: TermVector): string {
  if (vector.ids.length !== vector.weights.length) {
    throw new Error(`Cannot encode a term vector: expected as many weights as ids (${vector.ids.length}), got ${vector.weights.length}`);
  }
  const bytes: number[] = [];
  pushVarint(bytes, vector.ids.length);
  let previous = -1;
  for (const id of vector.ids) {
    if (!Number.isInteger(id) || id <= previous) throw new Error(`Cannot encode a term vector: expected ascending integer ids, got ${id} after ${previous}`);
    pushVarint(bytes, id - previous - 1);
    previous = id;
  }
  for (const weight of vector.weights) bytes.push(Math.max(1, Math.min(WEIGHT_STEPS, Math.round(weight * WEIGHT_STEPS))));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Decodes {@link encodeVector}'s text. Weights come back quantised.
 *
 * @throws {Error} When the text is not an encoded vector.
 */
export function decodeVector(text: string): TermVector {
  const binary = atob(text);
  let at = 0;
  const readVarint = (): number => {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      if (at >= binary.length) throw new Error(`Cannot decode a term vector: expected a number at byte ${at}, got the end`);
      byte = binary.charCodeAt(at++);
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const terms = readVarint();
  const ids: number[] = [];
  let previous = -1;
  for (let i = 0; i < terms; i++) {
    previous += readVarint() + 1;
    ids.push(previous);
  }
  if (binary.length - at !== terms) throw new Error(`Cannot decode a term vector: expected ${terms} weights, got ${binary.length - at}`);
  const weights: number[] = [];
  for (; at < binary.length; at++) weights.push(binary.charCodeAt(at) / WEIGHT_STEPS);
  return { ids, weights };
}

function pushVarint(bytes: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
}

/** Longest shared prefix front coding records (the letters `A`–`Z`). */
const MAX_PREFIX = 25;

/**
 * Front-codes a sorted term list: each term becomes one letter `A`–`Z` giving
 * how many leading characters it shares with the previous term (0–25), then
 * the rest. Sorted phrases share long prefixes (`diffusion model`, `diffusion
 * model training`), which this roughly halves.
 */
export function encodeTerms(terms: readonly string[]): string[] {
  let previous = '';
  return terms.map((term) => {
    let shared = 0;
    const limit = Math.min(MAX_PREFIX, previous.length, term.length);
    while (shared < limit && previous.charCodeAt(shared) === term.charCodeAt(shared)) shared += 1;
    previous = term;
    return `${String.fromCharCode(65 + shared)}${term.slice(shared)}`;
  });
}

/**
 * Undoes {@link encodeTerms}.
 *
 * @throws {Error} When an entry does not start with a prefix letter that fits the previous term.
 */
export function decodeTerms(coded: readonly string[]): string[] {
  let previous = '';
  return coded.map((entry, index) => {
    const shared = entry.charCodeAt(0) - 65;
    if (!(shared >= 0 && shared <= MAX_PREFIX && shared <= previous.length)) {
      throw new Error(`Cannot decode term ${index}: expected a prefix letter A–Z within the previous term, got ${JSON.stringify(entry.slice(0, 1))}`);
    }
    previous = previous.slice(0, shared) + entry.slice(1);
    return previous;
  });
}
