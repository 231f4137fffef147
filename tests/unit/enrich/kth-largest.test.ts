import { describe, expect, test } from 'vitest';
import { kthLargest } from '../../../scripts/lib/enrich/kth-largest.ts';
import { seededRandom } from '../../../scripts/lib/enrich/seeded-random.ts';

describe('kthLargest', () => {
  test.each([
    [[5], 1, 5],
    [[1, 2, 3], 1, 3],
    [[1, 2, 3], 3, 1],
    [[3, 3, 1, 3], 2, 3],
    [[0.5, 0.25, 0.75, 0.25], 3, 0.25],
  ])('%j, k = %i → %d', (values, k, expected) => {
    expect(kthLargest(Float64Array.from(values), k)).toBe(expected);
  });

  test('agrees with sorting on random inputs with ties', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      const values = Float64Array.from({ length: 1 + Math.floor(random() * 300) }, () => Math.floor(random() * 40) / 8);
      const k = 1 + Math.floor(random() * values.length);
      const sorted = Float64Array.from(values).sort();
      expect(kthLargest(Float64Array.from(values), k)).toBe(sorted[sorted.length - k]);
    }
  });
});
