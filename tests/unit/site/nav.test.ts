import { describe, expect, test } from 'vitest';
import { NAV_ITEMS, navCurrent } from '../../../src/lib/nav.ts';

describe('navCurrent', () => {
  test.each([
    ['/topics/', '/topics/', 'page'],
    ['/topics/', '/topics/vision/', 'true'],
    ['/topics/', '/topics/vision/2/', 'true'],
    ['/topics/', '/keywords/', undefined],
    ['/topics/', '/', undefined],
    ['/', '/topics/', undefined],
    ['/', '/', 'page'],
  ])('item %s on page %s', (item, page, expected) => {
    expect(navCurrent(item, page)).toBe(expected);
  });

  test('every navigation path is site-relative with slashes at both ends', () => {
    for (const item of NAV_ITEMS) expect(item.path).toMatch(/^\/(?:[a-z-]+\/)*$/);
  });
});
