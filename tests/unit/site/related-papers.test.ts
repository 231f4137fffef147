import { describe, expect, test } from 'vitest';
import { relatedPapers } from '../../../src/lib/related-papers.ts';

const titles = new Map([
  ['a', 'Paper A'],
  ['b', 'Paper B'],
  ['c', 'Paper C'],
]);

describe('relatedPapers', () => {
  test.each([
    [
      'keeps order by score, adds titles',
      [
        { slug: 'a', score: 0.9 },
        { slug: 'b', score: 0.5 },
      ],
      [
        { slug: 'a', title: 'Paper A', score: 0.9 },
        { slug: 'b', title: 'Paper B', score: 0.5 },
      ],
    ],
    [
      'sorts by score, ties by slug',
      [
        { slug: 'c', score: 0.4 },
        { slug: 'b', score: 0.8 },
        { slug: 'a', score: 0.4 },
      ],
      [
        { slug: 'b', title: 'Paper B', score: 0.8 },
        { slug: 'a', title: 'Paper A', score: 0.4 },
        { slug: 'c', title: 'Paper C', score: 0.4 },
      ],
    ],
    ['drops unknown papers', [{ slug: 'gone', score: 1 }], []],
  ])('%s', (_, related, expected) => {
    expect(relatedPapers(related, (slug) => titles.get(slug))).toEqual(expected);
  });
});
