/**
 * Characters removed outright: C0 and C1 controls (whitespace controls are collapsed
 * below instead), and invisible format characters (Unicode category Cf: bidi embeddings,
 * overrides and isolates U+202A–U+202E and U+2066–U+2069, marks like U+200E, zero-width
 * space, word joiner, soft hyphen, BOM, tag characters) that can make text look different
 * from what it is. ZWNJ (U+200C) and ZWJ (U+200D) are kept: Persian, Indic scripts and
 * emoji sequences need them. Also Unicode's noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF and
 * their kind in every plane): they are not for interchange, XML cannot hold them, and the LaTeX
 * repair uses two of them internally.
 */
const INVISIBLE = /[\0-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]|(?![\u200c\u200d])\p{Cf}|\p{Noncharacter_Code_Point}/gu;

/** Any run of whitespace, including tabs, line breaks, NBSP, NEL and the other Unicode spaces. */
const WHITESPACE = /[\s\x85]+/gu;

/**
 * Normalise a piece of text for the catalogue: remove control and invisible format
 * characters (keeping ZWJ/ZWNJ), compose to Unicode NFC, collapse every run of whitespace
 * to one space and trim. Content is otherwise untouched: this is not escaping.
 *
 * @param text Any text.
 * @returns The normalised text.
 */
export function normalizeText(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFC').replace(WHITESPACE, ' ').trim();
}
