import { describe, expect, test } from 'vitest';
import { digestOf, digestOnce } from '../../../src/lib/digest-of.ts';

describe('digestOf', () => {
  test.each([
    ['equal structures', { a: [1, 'x', { b: null }] }, { a: [1, 'x', { b: null }] }],
    ['undefined properties left out, as JSON does', { a: 1, b: undefined }, { a: 1 }],
    ['undefined in an array as null, as JSON does', [undefined, 1], [null, 1]],
  ])('is equal for %s', (_, a, b) => {
    expect(digestOf(a)).toBe(digestOf(b));
  });

  test.each([
    ['a value', { a: 1 }, { a: 2 }],
    ['a key', { a: 1 }, { b: 1 }],
    ['the order of keys', { a: 1, b: 2 }, { b: 2, a: 1 }],
    ['the order of items', [1, 2], [2, 1]],
    ['a string and the same digits as a number', ['1'], [1]],
    ['an array and an object with index keys', [5], { 0: 5 }],
    ['one long string split differently', ['ab', 'c'], ['a', 'bc']],
  ])('differs with %s', (_, a, b) => {
    expect(digestOf(a)).not.toBe(digestOf(b));
  });

  test('a value changed after a first digest gets a new one (nothing is remembered)', () => {
    const card = { slug: 'p', title: 'T' };
    const before = digestOf({ items: [card] });
    card.title = 'U';
    expect(digestOf({ items: [card] })).not.toBe(before);
  });

  describe('with shared values (digestOnce)', () => {
    test('is equal for lists of equal shared values, and differs when one differs', () => {
      const list = (...titles: string[]) => ({ items: titles.map((title) => digestOnce({ slug: 'p', title })) });
      expect(digestOf(list('T', 'U'))).toBe(digestOf(list('T', 'U')));
      expect(digestOf(list('T', 'U'))).not.toBe(digestOf(list('T', 'V')));
      expect(digestOf(list('T', 'U'))).not.toBe(digestOf(list('U', 'T')));
    });

    test('differs from the same value unshared, and from its digest written as a plain string', () => {
      const card = { slug: 'p', title: 'T' };
      const sharedDigest = digestOf({ items: [digestOnce({ ...card })] });
      expect(sharedDigest).not.toBe(digestOf({ items: [card] }));
      expect(sharedDigest).not.toBe(digestOf({ items: [digestOf(card)] }));
    });

    test('reads a shared value once: its digest is the one it had when first met', () => {
      const card = digestOnce({ slug: 'p', title: 'T' });
      const first = digestOf({ items: [card] });
      card.title = 'U';
      expect(digestOf({ items: [card] })).toBe(first);
      expect(digestOf({ items: [digestOnce({ slug: 'p', title: 'U' })] })).not.toBe(first);
    });
  });
});
