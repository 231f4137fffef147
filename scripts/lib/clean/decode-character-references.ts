import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** A terminated HTML character reference: `&amp;`, `&ouml;`, `&#246;`, `&#xF6;`. */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g;

/**
 * Decodes HTML character references left in dump text by a script that copied a page's source
 * (`Q&amp;A for Schr&ouml;dinger` → `Q&A for Schrödinger`). Only references closed by `;`
 * whose name HTML defines are decoded, so `AT&T`, `R&D` or `&unknown;` stay as written; a
 * number that is no character (NUL, a surrogate, beyond U+10FFFF) stays as written too. What a
 * reference decodes to is text like any other: controls are removed by `normalizeText`
 * afterwards, and `&lt;script&gt;` becomes the text `<script>`, never markup.
 *
 * @param text Dump text.
 */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole: string, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) {
      const decoded = decodeNamedCharacterReference(name);
      return decoded === false ? whole : decoded;
    }
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  });
}
