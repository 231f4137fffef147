import { describe, expect, test } from 'vitest';
import { indexBy, pickByKeys } from '../../../src/lib/index-by.ts';

describe('indexBy', () => {
  test.each([
    [[], []],
    [[{ id: 'a' }, { id: 'b' }], ['a', 'b']],
  ])('%j', (items, keys) => {
    const map = indexBy(items, (item) => item.id);
    expect([...map.keys()]).toEqual(keys);
  });

  test('throws on a duplicate key', () => {
    expect(() => indexBy([{ id: 'a' }, { id: 'a' }], (item) => item.id)).toThrow('expected unique keys, got "a" twice');
  });
});

describe('pickByKeys', () => {
  const map = new Map([
    ['a', 1],
    ['b', 2],
    ['c', 3],
  ]);
  test.each([
    [['c', 'a'], [3, 1]],
    [['x', 'b', 'y'], [2]],
    [[], []],
  ])('%j → %j', (keys, expected) => {
    expect(pickByKeys(map, keys)).toEqual(expected);
  });
});
