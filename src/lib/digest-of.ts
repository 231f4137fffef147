/**
 * A digest of a JSON-like value: equal digests for values that `JSON.stringify` writes alike
 * (same keys in the same order, `undefined` properties left out), different ones otherwise.
 * Objects and arrays are digested once and remembered: list pages share one card per paper and a
 * paper's pages share its topic, so a catalogue's ~20k page props hold far fewer distinct objects
 * than their JSON text would repeat. A value must not change after it has been digested (page
 * props and content entries never do during a build). Build-time only (Node's crypto).
 */
import { createHash } from 'node:crypto';

const known = new WeakMap<object, string>();

/** The digest of `value` (base64url of SHA-1 over its structure). */
export function digestOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  // Object digests start with `#`, which no JSON text of a primitive does.
  const remembered = known.get(value);
  if (remembered !== undefined) return remembered;
  const hash = createHash('sha1');
  if (Array.isArray(value)) {
    hash.update('[');
    for (const item of value) hash.update(item === undefined ? 'null' : digestOf(item)).update(',');
  } else {
    hash.update('{');
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined || typeof item === 'function') continue;
      hash.update(JSON.stringify(key)).update(':').update(digestOf(item)).update(',');
    }
  }
  const digest = `#${hash.digest('base64url')}`;
  known.set(value, digest);
  return digest;
}
