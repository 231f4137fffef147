import { describe, expect, test } from 'vitest';
import { externalHref, linkLabel } from '../../../src/lib/external-href.ts';

describe('externalHref', () => {
  test.each([
    ['https://github.com/a/b', 'https://github.com/a/b'],
    ['http://example.org', 'http://example.org/'],
    ['https://github.com/a/B{https://github.com/a/B}', 'https://github.com/a/B%7Bhttps://github.com/a/B%7D'],
    ['https://x.test/a b"c', 'https://x.test/a%20b%22c'],
    ['  https://x.test/  ', 'https://x.test/'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['ftp://x.test/', undefined],
    ['not a url', undefined],
  ])('%j → %j', (link, expected) => {
    expect(externalHref(link)).toBe(expected);
  });
});

describe('linkLabel', () => {
  test.each([
    ['https://github.com/a/b', 'github.com/a/b'],
    ['http://www.example.org/', 'example.org'],
    ['https://x.test/path/', 'x.test/path'],
  ])('%j → %j', (link, expected) => {
    expect(linkLabel(link)).toBe(expected);
  });
});
