import { describe, expect, test } from 'vitest';
import { compareLabels } from '../../../src/lib/compare-labels.ts';

describe('sorting with compareLabels', () => {
  test.each([
    ['case-insensitive', ['beta', 'Alpha', 'gamma'], ['Alpha', 'beta', 'gamma']],
    ['numbers by value', ['item 10', 'item 2', 'item 1'], ['item 1', 'item 2', 'item 10']],
    ['accents next to their letter', ['zeta', 'émile', 'eagle'], ['eagle', 'émile', 'zeta']],
    ['ties broken by code units, so the order is total', ['b', 'B', 'a'], ['a', 'B', 'b']],
  ])('%s', (_, input, expected) => {
    expect([...input].sort(compareLabels)).toEqual(expected);
    expect([...input].reverse().sort(compareLabels)).toEqual(expected);
  });
});

describe('compareLabels', () => {
  test.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['same', 'same', 0],
  ])('%j vs %j', (a, b, sign) => {
    expect(Math.sign(compareLabels(a, b))).toBe(sign);
  });
});
