/**
 * Rewrites `export default JSON.parse("<one string literal>")` — the module Astro makes of its
 * content store — so the literal becomes an array of parts joined at run time. V8 compiles one
 * huge string literal superlinearly: the 26 MB store of a 10k-paper catalogue took 4.4 s to
 * compile as one literal and 0.7 s as 1 MiB parts (same machine, same text).
 */

/** How Astro's single-file content store module starts and ends (around one JSON string literal). */
const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/**
 * The module with its JSON literal split into parts of at most `partChars` UTF-16 units, or
 * `undefined` when the code is not of that shape or already small. Splitting may cut a
 * surrogate pair: each half is written as an escape and the join restores the pair.
 */
export function splitJsonParseLiteral(code: string, partChars: number): string | undefined {
  if (code.length <= partChars) return undefined;
  let body = code.trimEnd();
  if (body.endsWith(';')) body = body.slice(0, -1).trimEnd();
  if (!body.startsWith(PREFIX) || !body.endsWith(SUFFIX)) return undefined;
  let text: unknown;
  try {
    text = JSON.parse(body.slice(PREFIX.length, -SUFFIX.length));
  } catch {
    return undefined;
  }
  if (typeof text !== 'string') return undefined;
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += partChars) parts.push(JSON.stringify(text.slice(start, start + partChars)));
  return `export default JSON.parse([\n${parts.join(',\n')}\n].join(''));\n`;
}
