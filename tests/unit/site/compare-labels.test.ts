import { describe, expect, test } from 'vitest';
import { compareLabels, sortByLabel } from '../../../src/lib/compare-labels.ts';

describe('sortByLabel', () => {
  test.each([
    ['case-insensitive', ['beta', 'Alpha', 'gamma'], ['Alpha', 'beta', 'gamma']],
    ['numbers by value', ['item 10', 'item 2', 'item 1'], ['item 1', 'item 2', 'item 10']],
    ['accents next to their letter', ['zeta', 'émile', 'eagle'], ['eagle', 'émile', 'zeta']],
    ['ties broken by code units, so the order is total', ['b', 'B', 'a'], ['a', 'B', 'b']],
  ])('%s', (_, input, expected) => {
    expect(sortByLabel(input, (x) => x)).toEqual(expected);
    expect(sortByLabel([...input].reverse(), (x) => x)).toEqual(expected);
  });

  test('does not change its input', () => {
    const input = ['b', 'a'];
    sortByLabel(input, (x) => x);
    expect(input).toEqual(['b', 'a']);
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
