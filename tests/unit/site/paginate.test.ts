import { describe, expect, test } from 'vitest';
import { pageParam, pagePath, paginate } from '../../../src/lib/paginate.ts';

describe('paginate', () => {
  test.each([
    [[], 3, [{ number: 1, count: 1, items: [], offset: 0 }]],
    [[1, 2], 3, [{ number: 1, count: 1, items: [1, 2], offset: 0 }]],
    [[1, 2, 3], 3, [{ number: 1, count: 1, items: [1, 2, 3], offset: 0 }]],
    [
      [1, 2, 3, 4, 5],
      2,
      [
        { number: 1, count: 3, items: [1, 2], offset: 0 },
        { number: 2, count: 3, items: [3, 4], offset: 2 },
        { number: 3, count: 3, items: [5], offset: 4 },
      ],
    ],
  ])('%j in pages of %i', (items, size, expected) => {
    expect(paginate(items, size)).toEqual(expected);
  });

  test.each([0, -1, 1.5, Number.NaN])('refuses page size %d', (size) => {
    expect(() => paginate([1], size)).toThrow(/expected a positive integer page size/);
  });
});

describe('pagePath and pageParam', () => {
  test.each([
    ['/topics/x/', 1, '/topics/x/', undefined],
    ['/topics/x/', 2, '/topics/x/2/', '2'],
    ['/dumps/000_a/', 12, '/dumps/000_a/12/', '12'],
  ])('%s page %i', (first, number, path, param) => {
    expect(pagePath(first, number)).toBe(path);
    expect(pageParam(number)).toBe(param);
  });
});
