import { describe, expect, test } from 'vitest';
import { canonicalUrl, documentTitle } from '../../../src/lib/page-meta.ts';

describe('documentTitle', () => {
  test.each([
    ['Topics', 'Topics · Paper Atlas'],
    ['', 'Paper Atlas'],
    ['Paper Atlas', 'Paper Atlas'],
    ['  Spaced  ', 'Spaced · Paper Atlas'],
  ])('%j → %j', (title, expected) => {
    expect(documentTitle(title)).toBe(expected);
  });
});

describe('canonicalUrl', () => {
  test.each([
    ['https://x.github.io/', '/', '/papers/a/', 'https://x.github.io/papers/a/'],
    ['https://x.github.io/', '/atlas/', '/papers/a/', 'https://x.github.io/atlas/papers/a/'],
    ['https://x.github.io/atlas/', '/atlas/', '/', 'https://x.github.io/atlas/'],
    [new URL('http://localhost:4321/'), '/', '/topics/', 'http://localhost:4321/topics/'],
  ])('%s + %s + %s', (site, base, path, expected) => {
    expect(canonicalUrl(site, base, path)).toBe(expected);
  });
});
