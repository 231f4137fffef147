/**
 * Characters that must not appear literally in the text of a `<script>` element:
 * `<` (could open `</script>` or `<!--`), `>` and `&` (for good measure in HTML
 * parsers and XHTML), and U+2028/U+2029 (line terminators in older JavaScript).
 * Each becomes a JSON `\uXXXX` escape, which every JSON parser reads back unchanged.
 */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * Serialise a value as JSON that is safe to place inside `<script type="application/ld+json">`.
 *
 * @param value A JSON-serialisable value (usually a schema.org object).
 * @returns JSON text with `<`, `>`, `&`, U+2028 and U+2029 written as `\uXXXX` escapes.
 * @throws {Error} When the value cannot be serialised to JSON (e.g. `undefined` or a function).
 */
export function serializeJsonLd(value: unknown): string {
  const json: string | undefined = JSON.stringify(value);
  if (json === undefined) {
    throw new Error(`Cannot serialise JSON-LD: expected a JSON value, got ${typeof value}`);
  }
  return json.replace(UNSAFE_IN_SCRIPT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
