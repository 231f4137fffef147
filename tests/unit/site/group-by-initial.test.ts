import { describe, expect, test } from 'vitest';
import { groupByInitial, initialOf } from '../../../src/lib/group-by-initial.ts';

describe('initialOf', () => {
  test.each([
    ['apple', 'A'],
    ['Zebra', 'Z'],
    ['émile', 'E'],
    ['3d vision', '#'],
    ['  spaced', 'S'],
    ['αβ', '#'],
    ['Łojasiewicz inequality', 'L'],
    ['øresund', 'O'],
    ['µ-Transfer', '#'],
    ['', '#'],
  ])('%j → %j', (label, expected) => {
    expect(initialOf(label)).toBe(expected);
  });
});

describe('groupByInitial', () => {
  test.each([
    [[], []],
    [
      ['beta', 'alpha', '3d', 'Bert', 'apple'],
      [
        { initial: '#', items: ['3d'] },
        { initial: 'A', items: ['alpha', 'apple'] },
        { initial: 'B', items: ['Bert', 'beta'] },
      ],
    ],
  ])('%j', (labels, expected) => {
    expect(groupByInitial(labels, (x) => x)).toEqual(expected);
  });
});
