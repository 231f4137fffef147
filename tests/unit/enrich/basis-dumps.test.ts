import { describe, expect, test } from 'vitest';
import { BASIS_GROWTH, basisDumpCount } from '../../../scripts/lib/enrich/basis-dumps.ts';

describe('basisDumpCount', () => {
  test.each([
    { papersAfter: [], expected: 0, why: 'no dumps, no basis' },
    { papersAfter: [100], expected: 1, why: 'a single dump is the basis' },
    { papersAfter: [100, 150], expected: 1, why: 'growing by exactly half keeps the basis' },
    { papersAfter: [100, 151], expected: 2, why: 'growing by more than half starts a new basis' },
    { papersAfter: [225, 415, 485], expected: 2, why: 'the default dumps: the third adds too few papers' },
    { papersAfter: [0, 0, 40, 50], expected: 3, why: 'empty first dumps: the first dump with papers starts the basis' },
    { papersAfter: [300, 600, 900, 1200, 1500, 1800, 2100], expected: 7, why: 'steady growth: 300 → 600 (×2) → 1200 (×2) → 2100 (×1.75)' },
    { papersAfter: [300, 600, 900, 1200, 1500, 1800], expected: 4, why: '1800 is exactly 1.5 × 1200' },
  ])('$why', ({ papersAfter, expected }) => {
    expect(basisDumpCount(papersAfter)).toBe(expected);
  });

  test('appending a dump either keeps the basis or makes the new dump its last', () => {
    const papersAfter: number[] = [];
    let total = 0;
    let previous = 0;
    for (let dump = 0; dump < 200; dump++) {
      total += 50 + ((dump * 37) % 300);
      papersAfter.push(total);
      const count = basisDumpCount(papersAfter);
      expect([previous, papersAfter.length]).toContain(count);
      // The catalogue is never more than BASIS_GROWTH times its basis.
      expect(total).toBeLessThanOrEqual(BASIS_GROWTH * papersAfter[count - 1]!);
      previous = count;
    }
  });
});
