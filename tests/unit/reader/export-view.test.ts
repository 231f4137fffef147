import { describe, expect, test } from 'vitest';
import { csvCell, toCsv, toJsonLines, viewExportPath, viewRows } from '../../../src/lib/export-view.ts';

const row = {
  title: 'A "quoted", title',
  abstract: 'Line one\nline two <b>',
  url: 'https://x.test/papers/a/',
  topic: 'Vision',
  keywords: ['diffusion model', 'LoRA'],
  codeLinks: ['https://github.com/x/y'],
};

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=a,b', `"'=a,b"`],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

test('CSV has a header, quoted cells, joined lists and CRLF line ends', () => {
  expect(toCsv([row])).toBe(
    'title,abstract,url,topic,keywords,code_links\r\n' +
      '"A ""quoted"", title","Line one\nline two <b>",https://x.test/papers/a/,Vision,diffusion model; LoRA,https://github.com/x/y\r\n',
  );
  expect(toCsv([])).toBe('title,abstract,url,topic,keywords,code_links\r\n');
});

test('JSON Lines has one object per line with < escaped', () => {
  const text = toJsonLines([row, row]);
  const lines = text.split('\n');
  expect(lines).toHaveLength(3);
  expect(lines[2]).toBe('');
  expect(text).not.toContain('<');
  expect(JSON.parse(lines[0]!)).toEqual({ ...row, keywords: row.keywords, codeLinks: row.codeLinks });
  expect(toJsonLines([])).toBe('');
});

test('rows take topic labels and URLs', () => {
  const rows = viewRows(
    [{ slug: 'a', title: 'T', abstractText: 'X', topic: 'vision', keywords: [{ label: 'k' }], codeLinks: [] }],
    new Map([['vision', 'Vision']]),
    (slug) => `https://x.test/papers/${slug}/`,
  );
  expect(rows).toEqual([{ title: 'T', abstract: 'X', url: 'https://x.test/papers/a/', topic: 'Vision', keywords: ['k'], codeLinks: [] }]);
});

test('export paths sit next to the page', () => {
  expect(viewExportPath('/topics/x/', 'csv')).toBe('/topics/x/papers.csv');
  expect(viewExportPath('/dumps/d/', 'jsonl')).toBe('/dumps/d/papers.jsonl');
});
