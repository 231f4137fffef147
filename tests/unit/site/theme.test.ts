import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { effectiveTheme, parseTheme, THEME_STORAGE_KEY, toggledTheme } from '../../../src/lib/theme.ts';

describe('parseTheme', () => {
  test.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['Dark', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (stored, expected) => {
    expect(parseTheme(stored)).toBe(expected);
  });
});

describe('effectiveTheme', () => {
  test.each([
    [null, false, 'light'],
    [null, true, 'dark'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
  ] as const)('stored %j, system dark %j → %j', (stored, systemDark, expected) => {
    expect(effectiveTheme(stored, systemDark)).toBe(expected);
  });
});

describe('toggledTheme', () => {
  test.each([
    ['light', 'dark'],
    ['dark', 'light'],
  ] as const)('%s → %s', (current, expected) => {
    expect(toggledTheme(current)).toBe(expected);
  });
});

test('the early script in public/ reads the same storage key', () => {
  const script = readFileSync(new URL('../../../public/theme-init.js', import.meta.url), 'utf8');
  expect(script).toContain(`'${THEME_STORAGE_KEY}'`);
});
