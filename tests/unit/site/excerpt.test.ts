import { describe, expect, test } from 'vitest';
import { excerpt } from '../../../src/lib/excerpt.ts';

describe('excerpt', () => {
  test.each([
    ['short text', 'Short text.', 50, 'Short text.'],
    ['exactly the limit', 'abcde', 5, 'abcde'],
    ['cut at a word boundary', 'one two three four', 10, 'one two…'],
    ['trailing punctuation dropped before the ellipsis', 'one two, three four', 9, 'one two…'],
    ['whitespace collapsed', '  a \n b\t c  ', 20, 'a b c'],
    ['a single long word is cut mid-word', 'https://example.com/a/very/long/url', 10, 'https://ex…'],
    ['empty', '', 10, ''],
  ])('%s', (_, text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected);
  });
});
