import { describe, expect, test } from 'vitest';
import { sortTopics } from '../../../src/lib/sort-topics.ts';

const topic = (label: string, size: number, miscellany = false) => ({ label, papers: Array.from({ length: size }, String), miscellany });

describe('sortTopics', () => {
  test.each([
    ['largest first', [topic('A', 1), topic('B', 3)], ['B', 'A']],
    ['ties by label', [topic('Zeta', 2), topic('alpha', 2)], ['alpha', 'Zeta']],
    ['miscellany last even when largest', [topic('Misc', 99, true), topic('A', 1)], ['A', 'Misc']],
    ['empty', [], []],
  ])('%s', (_, topics, expected) => {
    expect(sortTopics(topics).map((t) => t.label)).toEqual(expected);
  });
});
