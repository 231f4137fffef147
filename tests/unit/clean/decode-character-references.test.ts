import { expect, test } from 'vitest';
import { decodeCharacterReferences } from '../../../scripts/lib/clean/decode-character-references.ts';

test.each([
  ['Q&amp;A for Schr&ouml;dinger', 'Q&A for Schrödinger'],
  ['&#246; and &#xF6; and &#XF6;', 'ö and ö and ö'],
  ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
  ['a&nbsp;b', 'a\u00a0b'],
  ['&#128640; rocket', '🚀 rocket'],
  // Left as written: no reference, unknown name, not terminated, not a character.
  ['AT&T and R&D', 'AT&T and R&D'],
  ['&unknown; stays', '&unknown; stays'],
  ['&amp without a semicolon', '&amp without a semicolon'],
  ['&#0; &#xD800; &#1114112;', '&#0; &#xD800; &#1114112;'],
  ['plain text', 'plain text'],
])('decodeCharacterReferences(%j) → %j', (text, expected) => {
  expect(decodeCharacterReferences(text)).toBe(expected);
});
