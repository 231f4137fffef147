import { describe, expect, test } from 'vitest';
import { dumpIdOf } from '../../../scripts/lib/ingest/dump-id-of.ts';
import { shortHash } from '../../../scripts/lib/dedupe/short-hash.ts';

describe('dumpIdOf', () => {
  test.each([
    ['a safe name stays as it is', '000_204173092b44c16c.txt', '000_204173092b44c16c'],
    ['the extension is dropped in any case', '2024-03-17.TXT', '2024-03-17'],
    ['dots inside are kept', 'feed.v2.txt', 'feed.v2'],
    ['unsafe characters become - and the name is hashed', 'Dump März 2024.txt', `Dump-M-rz-2024-${shortHash('Dump März 2024.txt')}`],
    ['a leading dot is dropped and the name hashed', '.hidden.txt', `hidden-${shortHash('.hidden.txt')}`],
    ['a name of dots is no path segment', '..txt', `dump-${shortHash('..txt')}`],
    ['an empty name gets one', '.txt', `dump-${shortHash('.txt')}`],
    ['a name that is a traversal attempt', '../../etc.txt', `-..-etc-${shortHash('../../etc.txt')}`],
  ])('%s: %j → %j', (_, name, id) => {
    expect(dumpIdOf(name)).toBe(id);
  });

  test('names that differ only in unsafe characters get different ids', () => {
    const ids = ['a b.txt', 'a-b.txt', 'a_b.txt', 'a+b.txt', 'a/b.txt'].map(dumpIdOf);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every id is a plain URL path segment', () => {
    for (const name of ['x y.txt', '..txt', '.txt', '...txt', 'é.txt', '%2e%2e.txt', 'a?b#c.txt']) {
      const id = dumpIdOf(name);
      expect(id).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/);
      expect(['.', '..']).not.toContain(id);
    }
  });
});
