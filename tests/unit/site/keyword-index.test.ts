import { describe, expect, test } from 'vitest';
import { keywordIndex, keywordLetterPath, letterSlug } from '../../../src/lib/keyword-index.ts';

const kw = (label: string, papers: number) => ({ label, papers: Array.from({ length: papers }, String) });

describe('keywordIndex', () => {
  test.each([
    ['empty', [], 2, []],
    [
      'groups, sorts and picks the most used',
      [kw('beta', 1), kw('alpha', 1), kw('apple', 5), kw('3d', 2), kw('avocado', 5)],
      2,
      [
        { initial: '#', slug: 'other', all: ['3d'], top: ['3d'] },
        { initial: 'A', slug: 'a', all: ['alpha', 'apple', 'avocado'], top: ['apple', 'avocado'] },
        { initial: 'B', slug: 'b', all: ['beta'], top: ['beta'] },
      ],
    ],
  ])('%s', (_, keywords, shown, expected) => {
    const index = keywordIndex(keywords, shown).map((letter) => ({
      initial: letter.initial,
      slug: letter.slug,
      all: letter.all.map((k) => k.label),
      top: letter.top.map((k) => k.label),
    }));
    expect(index).toEqual(expected);
  });
});

describe('letterSlug and keywordLetterPath', () => {
  test.each([
    ['A', 'a', '/keywords/letter/a/'],
    ['Z', 'z', '/keywords/letter/z/'],
    ['#', 'other', '/keywords/letter/other/'],
  ])('%s', (initial, slug, path) => {
    expect(letterSlug(initial)).toBe(slug);
    expect(keywordLetterPath(slug)).toBe(path);
  });
});
