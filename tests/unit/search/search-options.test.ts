import { describe, expect, test } from 'vitest';
import { normaliseQuery, parseSearchParts, queryFromSearch, searchPartPath } from '../../../src/lib/search-options.ts';

describe('normaliseQuery', () => {
  test.each([
    ['Schro\u0308dinger', 'Schrödinger'],
    ['Schrödinger', 'Schrödinger'],
    ['  diffusion   models ', 'diffusion models'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseQuery(input)).toBe(expected);
  });
});

describe('queryFromSearch', () => {
  test.each([
    ['?q=diffusion', 'diffusion'],
    ['?q=Schr%C3%B6dinger', 'Schrödinger'],
    ['?q=score+matching', 'score matching'],
    ['?x=1', ''],
    ['', ''],
  ])('%j → %j', (search, expected) => {
    expect(queryFromSearch(search)).toBe(expected);
  });
});

describe('searchPartPath', () => {
  test.each([
    [1, '/pagefind/'],
    [2, '/pagefind-part-2/'],
    [12, '/pagefind-part-12/'],
  ])('part %i → %s', (n, expected) => {
    expect(searchPartPath(n)).toBe(expected);
  });

  test.each([0, -1, 1.5])('refuses %s', (n) => {
    expect(() => searchPartPath(n)).toThrow(/expected an integer ≥ 1/);
  });
});

describe('parseSearchParts', () => {
  test.each([
    [{ version: 1, parts: [] }],
    [{ version: 1, parts: ['/pagefind-part-2/', '/pagefind-part-3/'] }],
  ])('accepts %j', (value) => {
    expect(parseSearchParts(value)).toEqual(value);
  });

  test.each([[null], [{ version: 2, parts: [] }], [{ version: 1 }], [{ version: 1, parts: ['https://evil.example/'] }], [{ version: 1, parts: ['/pagefind/'] }]])(
    'refuses %j',
    (value) => {
      expect(() => parseSearchParts(value)).toThrow(/Cannot read atlas-parts.json/);
    },
  );
});
