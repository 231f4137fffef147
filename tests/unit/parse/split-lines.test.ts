import { expect, test } from 'vitest';
import { splitLines } from '../../../scripts/lib/parse/split-lines.ts';

test.each([
  { name: 'LF', text: 'a\nb\n', lines: ['a', 'b', ''] },
  { name: 'CRLF', text: 'a\r\nb\r\n', lines: ['a', 'b', ''] },
  { name: 'CR only', text: 'a\rb', lines: ['a', 'b'] },
  { name: 'mixture keeps numbering', text: 'a\r\nb\rc\nd', lines: ['a', 'b', 'c', 'd'] },
  { name: 'LF CR is two breaks', text: 'a\n\rb', lines: ['a', '', 'b'] },
  { name: 'empty', text: '', lines: [''] },
])('splitLines: $name', ({ text, lines }) => {
  expect(splitLines(text)).toEqual(lines);
});
