import { describe, expect, test } from 'vitest';
import { isIndexablePage, planSearchParts } from '../../../scripts/lib/search/plan-search-parts.ts';

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

  test('keeps every file once, in path order', () => {
    const input = files(23).reverse();
    expect(planSearchParts(input, 5).flat()).toEqual([...input].sort());
  });

  test.each([0, -1, 2.5, Number.NaN])('refuses part size %s', (size) => {
    expect(() => planSearchParts(files(3), size)).toThrow(/expected a positive integer part size/);
  });
});

describe('isIndexablePage', () => {
  test.each([
    ['index.html', true],
    ['papers/x/index.html', true],
    ['404.html', true],
    ['papers.json', false],
    ['pagefind/pagefind-ui.js', false],
    ['pagefind/fragment/x.html', false],
    ['pagefind-part-2/x.html', false],
    ['.pagefind-staging/pagefind/x.html', false],
    ['topics/pagefind-notes/index.html', true],
  ])('%s → %s', (file, expected) => {
    expect(isIndexablePage(file)).toBe(expected);
  });
});
