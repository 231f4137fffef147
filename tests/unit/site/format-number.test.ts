import { describe, expect, test } from 'vitest';
import { formatCount, formatScore } from '../../../src/lib/format-number.ts';

describe('formatCount', () => {
  test.each([
    [0, 'paper', undefined, '0 papers'],
    [1, 'paper', undefined, '1 paper'],
    [2345, 'paper', undefined, '2,345 papers'],
    [1, 'duplicate', undefined, '1 duplicate'],
    [3, 'entry', 'entries', '3 entries'],
  ])('%i %s', (count, singular, plural, expected) => {
    expect(formatCount(count, singular, plural)).toBe(expected);
  });
});

describe('formatScore', () => {
  test.each([
    [0.523, undefined, '0.52'],
    [1, undefined, '1.00'],
    [0.125, 3, '0.125'],
    [-0.12, undefined, '-0.12'],
    [-0.001, undefined, '0.00'],
  ])('%d', (score, digits, expected) => {
    expect(formatScore(score, digits)).toBe(expected);
  });
});
