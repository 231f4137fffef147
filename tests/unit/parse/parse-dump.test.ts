import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDump } from '../../../scripts/lib/parse/parse-dump.ts';

const dumps = join(import.meta.dirname, '../../../content/dumps');
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const parseText = (text: string, name = 'dump.txt') => parseDump({ name, bytes: encode(text) });

const abstract = (topic: string): string =>
  `We study ${topic} in depth and show that a simple baseline is hard to beat. ` +
  'Our experiments cover many datasets and settings, and an ablation explains where the gains come from. ' +
  'Code and data are released for future work on this question.';

describe('parseDump on the real dumps', () => {
  test.each([
    ['000_204173092b44c16c.txt', 235],
    ['001_086f4b8263d124ef.txt', 199],
    ['002_0d2cabae8ca9b1d7.txt', 77],
  ])('%s has %i records and no warnings', (name, count) => {
    const { records, diagnostics } = parseDump({ name, bytes: readFileSync(join(dumps, name)) });
    expect(records).toHaveLength(count);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(new Set(records.map((r) => r.dump))).toEqual(new Set([name.replace(/\.txt$/, '')]));
    for (const record of records) {
      expect(record.title.split(' ').length).toBeLessThanOrEqual(30);
      expect(record.abstract.split(' ').length).toBeGreaterThan(30);
      expect(record.title).not.toMatch(/^Subscribe/);
    }
  });

  test('the dumps folder holds exactly the three dumps counted above', () => {
    expect(readdirSync(dumps).filter((name) => name.endsWith('.txt'))).toHaveLength(3);
  });

  test('the first record of a dump starting with glued chrome', () => {
    const name = '000_204173092b44c16c.txt';
    const { records, diagnostics } = parseDump({ name, bytes: readFileSync(join(dumps, name)) });
    expect(records[0]).toMatchObject({
      dump: '000_204173092b44c16c',
      line: 3,
      title: 'Exploring Efficient-tuning Methods in Self-supervised Speech Models',
    });
    expect(diagnostics).toEqual([
      { file: name, line: 3, severity: 'info', message: 'removed page chrome "Subscribe" glued to the start of the line' },
    ]);
  });
});

describe('parseDump pairing', () => {
  test.each([
    {
      name: 'one unknown line does not shift later pairs',
      lines: ['Alpha Title Here', abstract('alpha'), 'Odd Banner Line', 'Beta Title Here', abstract('beta'), 'Gamma Title Here', abstract('gamma')],
      titles: ['Alpha Title Here', 'Beta Title Here', 'Gamma Title Here'],
      warnings: [3],
    },
    {
      name: 'a title without its abstract (a truncated record) does not take the next title',
      lines: ['Alpha Title Here', abstract('alpha'), 'A Long Title Whose Abstract Was Cut Off', 'Beta Title Here', abstract('beta')],
      titles: ['Alpha Title Here', 'Beta Title Here'],
      warnings: [3],
    },
    {
      name: 'short unknown lines between a title and its abstract are not taken for the title',
      lines: ['Alpha Title Here', 'arXiv Page', 'GitHub', abstract('alpha'), 'Submitted by someone', 'Beta Title Here', 'Upvote', abstract('beta')],
      titles: ['Alpha Title Here', 'Beta Title Here'],
      warnings: [2, 3, 5, 7],
    },
    {
      name: 'a one- or two-word title stands when nothing longer is in the gap',
      lines: ['Segment Anything', abstract('alpha'), 'new', 'Mamba', abstract('beta')],
      titles: ['Segment Anything', 'Mamba'],
      warnings: [],
    },
    {
      name: 'chrome-looking line between title and abstract',
      lines: ['Alpha Title', '3 comments', abstract('alpha'), 'Beta Title', abstract('beta')],
      titles: ['Alpha Title', 'Beta Title'],
      warnings: [2],
    },
    {
      name: 'known chrome in the middle is dropped silently',
      lines: ['Alpha Title', abstract('alpha'), 'Subscribe', 'Mar 18', 'Beta Title', abstract('beta')],
      titles: ['Alpha Title', 'Beta Title'],
      warnings: [],
    },
    {
      name: 'abstract with only chrome before it is skipped',
      lines: ['12 upvotes', abstract('alpha'), 'Beta Title', abstract('beta')],
      titles: ['Beta Title'],
      warnings: [1, 2],
    },
  ])('$name', ({ lines, titles, warnings }) => {
    const { records, diagnostics } = parseText(lines.join('\n'));
    expect(records.map((r) => r.title)).toEqual(titles);
    expect(diagnostics.filter((d) => d.severity === 'warning').map((d) => d.line)).toEqual(warnings);
  });

  test('two abstract lines ending and starting a sentence are not joined', () => {
    const { records, diagnostics } = parseText(['Alpha Title', abstract('alpha'), abstract('beta')].join('\n'));
    expect(records).toEqual([{ dump: 'dump', line: 1, title: 'Alpha Title', abstract: abstract('alpha') }]);
    expect(diagnostics).toEqual([
      {
        file: 'dump.txt',
        line: 3,
        severity: 'warning',
        message: expect.stringMatching(/^skipped line: abstract with no title before it: "We study beta/),
      },
    ]);
  });
});

// Hang guards for quadratic work (the tests' timeouts); speed is measured by `npm run bench`.
describe('parseDump on large input', () => {
  test('a 1 MB single line is parsed', () => {
    expect(parseText(`Title Here\n${'x'.repeat(1 << 20)}\n`).records).toEqual([]);
    expect(parseText(`Title Here\n${'word. Word '.repeat(100_000)}\n`).records).toHaveLength(1);
  });

  test('a 50 MB dump keeps every record', () => {
    const base = readFileSync(join(dumps, '000_204173092b44c16c.txt'));
    const copies = Math.ceil(50e6 / base.length);
    const bytes = new Uint8Array(base.length * copies);
    for (let i = 0; i < copies; i++) bytes.set(base, i * base.length);
    const { records } = parseDump({ name: 'big.txt', bytes });
    expect(records).toHaveLength(235 * copies);
  });
});

describe('parseDump property', () => {
  const word = fc.stringMatching(/^[A-Z][a-z]{2,8}$/);
  const lower = fc.stringMatching(/^[a-z]{3,8}$/);
  /** Lines that look like page chrome: may appear anywhere, even between a title and its abstract. */
  const chromeLike = fc.oneof(
    fc.constantFrom('Subscribe', 'new', 'Get trending papers in your email inbox!', 'Mar 17', '2025-03-17', '---', '·', '42'),
    fc.nat(999).map((n) => `${n} upvotes`),
    lower,
    lower.map((path) => `https://example.org/${path}`),
  );
  /** Short title-like junk: only between records, where it cannot be told from a title with no abstract. */
  const titleLike = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
  const blank = fc.constantFrom('', '   ');
  const record = fc.record({
    titleWords: fc.array(word, { minLength: 2, maxLength: 12 }),
    sentences: fc.array(fc.array(lower, { minLength: 12, maxLength: 20 }), { minLength: 3, maxLength: 5 }),
    before: fc.array(fc.oneof(chromeLike, titleLike, blank), { maxLength: 3 }),
    between: fc.array(fc.oneof(chromeLike, blank), { maxLength: 2 }),
  });

  test('random junk never loses a record nor mispairs one', () => {
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 8 }),
        fc.array(fc.oneof(chromeLike, titleLike, blank), { maxLength: 3 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        (records, trailing, eol) => {
          const expected = records.map((r, i) => ({
            title: `Paper ${i} ${r.titleWords.join(' ')}`,
            abstract: r.sentences.map((s) => `Record ${i} ${s.join(' ')}.`).join(' '),
          }));
          const lines = records.flatMap((r, i) => [...r.before, expected[i]!.title, ...r.between, expected[i]!.abstract]);
          const { records: parsed } = parseText([...lines, ...trailing].join(eol));
          expect(parsed.map(({ title, abstract }) => ({ title, abstract }))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
