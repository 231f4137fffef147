import { createHash } from 'node:crypto';

/**
 * A short, stable hexadecimal digest of a string (first 8 hex digits of SHA-256).
 *
 * @param text Any string.
 */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}
