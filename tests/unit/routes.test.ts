import { describe, expect, test } from 'vitest';
import { joinBase, paperPath } from '../../src/lib/routes.ts';

describe('joinBase', () => {
  test.each([
    ['/', '/papers/x/', '/papers/x/'],
    ['/atlas/', '/papers/x/', '/atlas/papers/x/'],
    ['/atlas', '/papers/x/', '/atlas/papers/x/'],
    ['/atlas/', 'search/', '/atlas/search/'],
    ['/', '/', '/'],
    ['/atlas/', '/', '/atlas/'],
  ])('joinBase(%j, %j) → %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });

  test('paper paths are /papers/<slug>/', () => {
    expect(paperPath('a-b')).toBe('/papers/a-b/');
  });
});
