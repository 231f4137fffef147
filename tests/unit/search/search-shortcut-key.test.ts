import { describe, expect, test } from 'vitest';
import { isSearchShortcut } from '../../../src/lib/search-shortcut-key.ts';

const key = (k: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; defaultPrevented: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  ...extra,
});
const el = (tagName: string, isContentEditable = false) => ({ tagName, isContentEditable });

describe('isSearchShortcut', () => {
  test.each([
    ['/ on the page', key('/'), el('BODY'), true],
    ['/ with nothing focused', key('/'), null, true],
    ['/ on a link', key('/'), el('A'), true],
    ['/ in an input', key('/'), el('INPUT'), false],
    ['/ in a textarea', key('/'), el('textarea'), false],
    ['/ in a select', key('/'), el('SELECT'), false],
    ['/ in contenteditable', key('/'), el('DIV', true), false],
    ['Ctrl+/', key('/', { ctrlKey: true }), el('BODY'), false],
    ['⌘+/', key('/', { metaKey: true }), el('BODY'), false],
    ['Alt+/', key('/', { altKey: true }), el('BODY'), false],
    ['already handled', key('/', { defaultPrevented: true }), el('BODY'), false],
    ['another key', key('s'), el('BODY'), false],
  ])('%s → %s', (_name, event, focused, expected) => {
    expect(isSearchShortcut(event, focused)).toBe(expected);
  });
});
