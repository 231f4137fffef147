/**
 * A digest of a JSON-like value: equal for values that `JSON.stringify` writes alike (same keys in
 * the same order, `undefined` properties left out), different otherwise. Build-time only (Node's
 * crypto). One native `JSON.stringify` and one hash per value.
 *
 * Objects that many values share and that never change (a paper's list card, on its topic page
 * and ~10 keyword pages; a topic, on each of its list pages) can be marked with
 * {@link digestOnce}: they are written as their own digest, made the first time they are met. At
 * 10k papers the page props held 183 MB of JSON, 106 MB of it the keyword pages (mostly cards):
 * writing and hashing it all cost ~2.5 s of the page step's thread in a cold build.
 */
import { createHash } from 'node:crypto';

/** Values marked with {@link digestOnce}. */
const shared = new WeakSet<object>();
/** Their digests, once taken. */
const sharedDigests = new WeakMap<object, string>();
/** Starts a shared value's digest where its JSON would be (a NUL: no text a page shows holds one). */
const SHARED_MARK = '\u0000digest:';

/**
 * Marks `value` as shared by many digested values. It must not change afterwards: a digest
 * of a value holding it reads the digest it had when first met.
 */
export function digestOnce<T extends object>(value: T): T {
  shared.add(value);
  return value;
}

/** The digest of `value` (base64url of SHA-1 over its JSON text, shared values written as their digest). */
export function digestOf(value: unknown): string {
  return sha1(JSON.stringify(value, sharedAsDigest) ?? 'undefined');
}

function sharedAsDigest(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !shared.has(value)) return value;
  let digest = sharedDigests.get(value);
  if (digest === undefined) {
    digest = SHARED_MARK + sha1(JSON.stringify(value));
    sharedDigests.set(value, digest);
  }
  return digest;
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}
