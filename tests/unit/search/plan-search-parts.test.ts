import { describe, expect, test } from 'vitest';
import { planSearchParts } from '../../../scripts/lib/search/plan-search-parts.ts';

/** `counts[i]` papers first seen in dump `d<i>`, then `topics` topic documents. */
function documents(counts: readonly number[], topics = 2): { id: string; group?: string }[] {
  const papers = counts.flatMap((count, dump) => Array.from({ length: count }, (_, i) => ({ id: `d${dump}-p${i}`, group: `d${dump}` })));
  return [...papers, ...Array.from({ length: topics }, (_, i) => ({ id: `topic-${i}` }))];
}
const groups = (count: number) => Array.from({ length: count }, (_, i) => `d${i}`);
const sizes = (counts: readonly number[], partSize = 100, singlePartMax = 10) =>
  planSearchParts(documents(counts), groups(counts.length), { partSize, singlePartMax }).map((part) => part.length);

describe('planSearchParts', () => {
  test.each([
    { counts: [], expected: [2], why: 'no papers: the topics alone' },
    { counts: [3, 4], expected: [9], why: 'few papers: one part with the topics' },
    { counts: [30], expected: [2, 30], why: 'topics first, then the papers' },
    { counts: [30, 30], expected: [2, 60], why: 'an equal dump merges with the part before' },
    { counts: [30, 30, 30], expected: [2, 60, 30], why: 'a smaller one starts a part' },
    { counts: [30, 30, 30, 30], expected: [2, 60, 60], why: 'merges stop at the part size' },
    { counts: [250], expected: [2, 84, 84, 82], why: 'a dump larger than a part is cut into equal parts' },
  ])('$why: $counts → $expected', ({ counts, expected }) => {
    expect(sizes(counts)).toEqual(expected);
  });

  test('keeps every document once: topics first, then papers by dump, in their order', () => {
    const input = documents([30, 25, 40, 12]);
    const parts = planSearchParts([...input].reverse(), groups(4), { partSize: 50, singlePartMax: 5 });
    expect(parts.flat().map((d) => d.id).sort()).toEqual(input.map((d) => d.id).sort());
    expect(parts[0]!.every((d) => d.group === undefined)).toBe(true);
    const dumpsInOrder = parts.slice(1).flat().map((d) => d.group);
    expect(dumpsInOrder).toEqual([...dumpsInOrder].sort());
  });

  test('appending a dump changes only the last parts: the ones before stay exactly as they were', () => {
    const counts: number[] = [];
    let before = planSearchParts(documents(counts), groups(0), { partSize: 1_000, singlePartMax: 50 });
    for (let dump = 0; dump < 120; dump++) {
      counts.push(60 + ((dump * 53) % 250));
      const after = planSearchParts(documents(counts), groups(counts.length), { partSize: 1_000, singlePartMax: 50 });
      // Every part of the earlier plan except its last few is a part of the new one, unchanged.
      let same = 0;
      while (same < before.length && same < after.length && JSON.stringify(before[same]) === JSON.stringify(after[same])) same++;
      expect(before.length - same).toBeLessThanOrEqual(Math.ceil(Math.log2(before.length + 1)) + 1);
      for (const part of after) expect(part.length).toBeLessThanOrEqual(1_000);
      before = after;
    }
    // Closed parts are more than half full, so at most about twice as many parts as full ones, plus the log₂ tail.
    const papers = counts.reduce((sum, count) => sum + count, 0);
    expect(before.length).toBeLessThanOrEqual(2 * Math.ceil(papers / 1_000) + 8);
  });

  test.each([0, -1, 2.5, Number.NaN])('refuses part size %s', (partSize) => {
    expect(() => planSearchParts(documents([3]), groups(1), { partSize, singlePartMax: 1 })).toThrow(/expected a positive integer part size/);
  });
});
