import { expect, test } from 'vitest';
import { normalizeText } from '../../../scripts/lib/clean/normalize-text.ts';

test.each([
  { name: 'trims and collapses spaces', input: '  a   b  ', output: 'a b' },
  { name: 'tabs, newlines, NBSP and other spaces', input: 'a\t\nb\u00a0c\u2003d\u3000e\r\nf', output: 'a b c d e f' },
  { name: 'composes to NFC', input: 'Schro\u0308dinger Poincare\u0301', output: 'Schrödinger Poincaré' },
  { name: 'removes C0 controls', input: 'a\u0000b\u0007c\u001bd', output: 'abcd' },
  { name: 'removes C1 controls, NEL is a space', input: 'a\u0080b\u009fc\u0085d', output: 'abc d' },
  { name: 'removes bidi overrides and embeddings', input: 'a\u202ab\u202bc\u202cd\u202de\u202ef', output: 'abcdef' },
  { name: 'removes bidi isolates and marks', input: 'a\u2066b\u2067c\u2068d\u2069e\u200ef\u200fg\u061ch', output: 'abcdefgh' },
  { name: 'removes zero-width space, word joiner, soft hyphen, BOM', input: 'a\u200bb\u2060c\u00add\ufeffe', output: 'abcde' },
  { name: 'removes tag characters', input: 'ok\u{e0041}\u{e0042}', output: 'ok' },
  { name: 'keeps ZWJ and ZWNJ', input: 'می\u200cخواهم 👩\u200d💻', output: 'می\u200cخواهم 👩\u200d💻' },
  { name: 'removes noncharacters (they would otherwise turn into braces in the LaTeX repair)', input: 'a\ufdd0b\ufdd1c\ufdefd\ufffee\uffff\u{1fffe}f\u{10ffff}g', output: 'abcdefg' },
  { name: 'keeps private-use and replacement characters', input: '\ue000\ufffd', output: '\ue000\ufffd' },
  { name: 'keeps emoji variation selectors', input: '❤\ufe0f', output: '❤\ufe0f' },
  { name: 'hostile: HTML', input: '<script>alert(1)</script>', output: '<script>alert(1)</script>' },
  { name: 'hostile: JSX expression', input: '{process.exit()}', output: '{process.exit()}' },
  { name: 'hostile: ESM import', input: 'import x from "y"', output: 'import x from "y"' },
  { name: 'hostile: backticks and heading', input: '# heading `code`', output: '# heading `code`' },
  { name: 'empty', input: '', output: '' },
])('normalizeText: $name', ({ input, output }) => {
  expect(normalizeText(input)).toBe(output);
});
