import { describe, expect, test } from 'vitest';
import { sortPapers } from '../../../src/lib/sort-papers.ts';

const paper = (id: string, title: string, firstSeen: string) => ({ id, data: { title, firstSeen } });

describe('sortPapers', () => {
  test.each([
    ['newest dump first', [paper('a', 'A', '000_x'), paper('b', 'B', '001_y')], ['b', 'a']],
    ['then by title', [paper('z', 'beta', '000'), paper('y', 'Alpha', '000')], ['y', 'z']],
    ['then by slug', [paper('b', 'Same', '000'), paper('a', 'Same', '000')], ['a', 'b']],
    ['empty', [], []],
  ])('%s', (_, papers, expected) => {
    expect(sortPapers(papers).map((p) => p.id)).toEqual(expected);
    expect(sortPapers([...papers].reverse()).map((p) => p.id)).toEqual(expected);
  });
});
