import { describe, expect, test } from 'vitest';
import { createSeededRandom } from '../../../scripts/lib/layout/graph-random.ts';

describe('createSeededRandom', () => {
  test('is deterministic per seed and stays in [0, 1)', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  test.each([
    [0, 0.23606797284446657],
    [1, 0.23645552527159452],
  ])('seed %i starts with %f', (seed, expected) => {
    expect(createSeededRandom(seed)()).toBe(expected);
  });

  test('different seeds give different sequences', () => {
    expect(createSeededRandom(1)()).not.toBe(createSeededRandom(2)());
  });
});
