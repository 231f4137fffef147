/**
 * Reads the JSON text out of `export default JSON.parse("<one string literal>")`, the module Astro
 * makes of its content store for the build (see `integrations/content-store-file.ts`).
 */

/** How the module starts and ends, around one JSON string literal. */
const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/**
 * The text the module's literal holds, or `undefined` when the code is not exactly that one call
 * on one double-quoted literal. Astro writes the literal with `JSON.stringify`, so it is a JSON
 * string and `JSON.parse` decodes it (a literal JSON cannot read, e.g. `'…'` or `"a" + "b"`, is
 * left alone).
 */
export function jsonParseLiteralText(code: string): string | undefined {
  let body = code.trimEnd();
  if (body.endsWith(';')) body = body.slice(0, -1).trimEnd();
  if (!body.startsWith(PREFIX) || !body.endsWith(SUFFIX)) return undefined;
  const literal = body.slice(PREFIX.length, -SUFFIX.length).trim();
  if (!literal.startsWith('"')) return undefined;
  try {
    const text: unknown = JSON.parse(literal);
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}
