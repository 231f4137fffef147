import { describe, expect, test } from 'vitest';
import { planSearchParts } from '../../../scripts/lib/search/plan-search-parts.ts';

const files = (n: number) => Array.from({ length: n }, (_, i) => `papers/p${String(i).padStart(3, '0')}/index.html`);

describe('planSearchParts', () => {
  test.each([
    [0, 10, []],
    [3, 10, [3]],
    [10, 10, [10]],
    [11, 10, [6, 5]],
    [21, 10, [7, 7, 7]],
    [5, 1, [1, 1, 1, 1, 1]],
  ])('%i files, part size %i → part sizes %j', (n, size, expected) => {
    expect(planSearchParts(files(n), size).map((part) => part.length)).toEqual(expected);
  });

  test('keeps every document once, in the given order', () => {
    const input = files(23).reverse();
    expect(planSearchParts(input, 5).flat()).toEqual(input);
  });

  test.each([0, -1, 2.5, Number.NaN])('refuses part size %s', (size) => {
    expect(() => planSearchParts(files(3), size)).toThrow(/expected a positive integer part size/);
  });
});
