import { describe, expect, test } from 'vitest';
import {
  addPaper,
  mergeLists,
  parseImportedReadingList,
  parseStoredReadingList,
  readingListAsText,
  removePaper,
  serializeReadingList,
  togglePaper,
} from '../../../src/lib/reading-list.ts';

const a = { slug: 'paper-a', title: 'Paper A' };
const b = { slug: 'paper-b', title: 'Paper B' };

describe('reading list state', () => {
  test('add puts the paper first and never duplicates it', () => {
    expect(addPaper([a, b], { slug: 'paper-b', title: 'New title' })).toEqual([{ slug: 'paper-b', title: 'New title' }, a]);
  });
  test('remove and toggle', () => {
    expect(removePaper([a, b], 'paper-a')).toEqual([b]);
    expect(togglePaper([a], b)).toEqual({ list: [b, a], saved: true });
    expect(togglePaper([a, b], a)).toEqual({ list: [b], saved: false });
  });
  test('add refuses a value that is not a slug', () => {
    expect(() => addPaper([], { slug: '../x', title: 'x' })).toThrow(/expected a paper slug/);
  });
  test('titles are cleaned of control characters and fall back to the slug', () => {
    expect(addPaper([], { slug: 'x', title: ' A\u0000\n b ' })).toEqual([{ slug: 'x', title: 'A b' }]);
    expect(addPaper([], { slug: 'x', title: '   ' })).toEqual([{ slug: 'x', title: 'x' }]);
  });
  test('merge keeps the first entry of each slug', () => {
    expect(mergeLists([a], [{ slug: 'paper-a', title: 'other' }, b])).toEqual([a, b]);
  });
  test('serialize and parse round-trip', () => {
    expect(parseStoredReadingList(serializeReadingList([a, b]))).toEqual([a, b]);
  });
  test.each([
    ['nothing', null],
    ['empty', ''],
    ['not JSON', '{oops'],
    ['a number', '42'],
    ['an array', '[1,2]'],
    ['no papers', '{"version":1}'],
  ])('stored %s reads as an empty list', (_, text) => {
    expect(parseStoredReadingList(text)).toEqual([]);
  });
  test('stored lists skip invalid entries instead of failing', () => {
    expect(parseStoredReadingList('{"papers":[{"slug":"paper-a","title":"Paper A"},{"slug":"BAD"},7]}')).toEqual([a]);
  });
});

describe('import is strict', () => {
  test('accepts an export', () => {
    expect(parseImportedReadingList(serializeReadingList([a, b]))).toEqual({ ok: true, list: [a, b] });
  });
  test.each([
    ['not JSON', 'nope', /not JSON/],
    ['another version', '{"version":2,"papers":[]}', /version/],
    ['no papers array', '{"version":1,"papers":{}}', /version/],
    ['an invalid entry', '{"version":1,"papers":[{"slug":"a b","title":"x"}]}', /1 that do not/],
    ['an entry without title', '{"version":1,"papers":[{"slug":"a"}]}', /1 that do not/],
  ])('refuses %s', (_, text, message) => {
    const result = parseImportedReadingList(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

test('plain text export lists titles with links', () => {
  expect(readingListAsText([a, b], (slug) => `https://x.test/papers/${slug}/`)).toBe(
    'Paper A — https://x.test/papers/paper-a/\nPaper B — https://x.test/papers/paper-b/\n',
  );
});
