/**
 * Rewrites `export default JSON.parse("<one string literal>")` — the module Astro makes of its
 * content store — so the literal becomes an array of parts joined at run time. V8 compiles one
 * huge string literal superlinearly: the 26 MB store of a 10k-paper catalogue took 4.4 s to
 * compile as one literal and 0.7 s as 1 MiB parts (same machine, same text).
 */

/** How Astro's single-file content store module starts and ends (around one JSON string literal). */
const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';
const QUOTE = 0x22;
const LOWER_U = 0x75;

/**
 * The module with its string literal cut into parts of about `partChars` characters (a part
 * never ends inside an escape sequence, so it may run a few characters longer), or `undefined`
 * when the code is not of that shape or already small. The literal is cut as written, without
 * decoding it: cutting between the halves of a surrogate pair is harmless, as the join restores it.
 */
export function splitJsonParseLiteral(code: string, partChars: number): string | undefined {
  if (code.length <= partChars) return undefined;
  let body = code.trimEnd();
  if (body.endsWith(';')) body = body.slice(0, -1).trimEnd();
  if (!body.startsWith(PREFIX) || !body.endsWith(SUFFIX)) return undefined;
  const literal = body.slice(PREFIX.length, -SUFFIX.length);
  if (literal.length < 2 || literal.charCodeAt(0) !== QUOTE || literal.charCodeAt(literal.length - 1) !== QUOTE) return undefined;
  const inner = literal.slice(1, -1);
  const cuts = literalCuts(inner, partChars);
  if (cuts === undefined) return undefined;
  const parts = cuts.map((start, index) => `"${inner.slice(start, cuts[index + 1] ?? inner.length)}"`);
  return `export default JSON.parse([\n${parts.join(',\n')}\n].join(''));\n`;
}

/**
 * Where to cut the text of a double-quoted literal (without its quotes): part starts, each at
 * least `partChars` after the one before and never inside an escape sequence. `undefined` when
 * the text holds an unescaped quote or ends inside an escape (then it is not one literal).
 * Jumps from backslash to backslash with `indexOf`: a store is tens of megabytes.
 */
function literalCuts(text: string, partChars: number): number[] | undefined {
  const cuts = [0];
  let partStart = 0;
  let escapedQuotes = 0;
  for (let from = 0; ; ) {
    const backslash = text.indexOf('\\', from);
    const plainEnd = backslash === -1 ? text.length : backslash;
    // Cut anywhere in the plain run before the escape (or at its start).
    while (partStart + partChars < plainEnd || (backslash !== -1 && partStart + partChars === plainEnd)) {
      partStart += partChars;
      cuts.push(partStart);
    }
    if (backslash === -1) break;
    const escaped = text.charCodeAt(backslash + 1);
    const end = backslash + (escaped === LOWER_U ? 6 : 2);
    if (end > text.length) return undefined;
    if (escaped === QUOTE) escapedQuotes += 1;
    // The loop above left the next cut past the backslash; inside the escape, it moves to its end.
    if (partStart + partChars < end) {
      partStart = end;
      if (end < text.length) cuts.push(end);
    }
    from = end;
  }
  let quotes = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) quotes += 1;
  return quotes === escapedQuotes ? cuts : undefined;
}
