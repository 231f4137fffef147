import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cleanRecord } from '../../../scripts/lib/clean/clean-record.ts';
import type { RawRecord } from '../../../scripts/lib/model.ts';
import { readFixtureFile, testFixtures } from '../../helpers/fixtures.ts';

const raw = (title: string, abstract: string): RawRecord => ({ dump: '000_x', line: 3, title, abstract });

describe('cleanRecord', () => {
  test.each([
    {
      name: 'accents and spaces in the title',
      input: raw('  Light   Schr\\"odinger\u00a0Bridge ', 'Plain.'),
      title: 'Light Schrödinger Bridge',
      abstractText: 'Plain.',
      codeLinks: [],
    },
    {
      name: 'math in the title becomes readable text',
      input: raw('Updating \\(W\\) with {\\em sparse} \\(\\Delta W\\)', 'x'),
      title: 'Updating W with sparse Δ W',
      abstractText: 'x',
      codeLinks: [],
    },
    {
      name: 'a leading "Abstract:" label is not part of the abstract',
      input: raw('T', 'Abstract: We study labels. Abstract: stays inside.'),
      title: 'T',
      abstractText: 'We study labels. Abstract: stays inside.',
      codeLinks: [],
    },
    {
      name: 'an abstract about abstracts keeps its first word',
      input: raw('T', 'Abstract reasoning is hard for models.'),
      title: 'T',
      abstractText: 'Abstract reasoning is hard for models.',
      codeLinks: [],
    },
    {
      name: 'font commands, fractions and operators in title math',
      input: raw('On the $\\mathcal{O}(1/t)$ Rate, a $\\frac{1}{2}$-Approximation in $O(n\\log n)$', 'x'),
      title: 'On the O(1/t) Rate, a 1/2-Approximation in O(n log n)',
      abstractText: 'x',
      codeLinks: [],
    },
    {
      name: 'abstract runs, text and links',
      input: raw('T', 'We get 90\\% with {\\em adapters}. Code: https://github.com/a/b{https://github.com/a/b}.'),
      title: 'T',
      abstractText: 'We get 90% with adapters. Code: https://github.com/a/b.',
      codeLinks: ['https://github.com/a/b'],
    },
    {
      name: 'hostile text is kept literally',
      input: raw('<script>alert(1)</script>', 'import x from "y" {process.exit()} `rm -rf` # heading'),
      title: '<script>alert(1)</script>',
      abstractText: 'import x from "y" {process.exit()} `rm -rf` # heading',
      codeLinks: [],
    },
    {
      name: 'invisible spoofing characters are removed',
      input: raw('Safe\u202e Title\u200b', 'javascript:alert(1) \u2066text\u2069'),
      title: 'Safe Title',
      abstractText: 'javascript:alert(1) text',
      codeLinks: [],
    },
  ])('$name', ({ input, title, abstractText, codeLinks }) => {
    const clean = cleanRecord(input);
    expect(clean).toMatchObject({ dump: input.dump, line: input.line, title, abstractText, codeLinks });
    expect(clean.original).toEqual({ title: input.title, abstract: input.abstract });
    expect(clean.abstract.map((run) => run.value).join('')).toBe(abstractText);
  });

  test('emphasis and math runs in the abstract', () => {
    expect(cleanRecord(raw('T', 'the {\\it least disagree metric} and \\(W\\)')).abstract).toEqual([
      { type: 'text', value: 'the ' },
      { type: 'emphasis', value: 'least disagree metric' },
      { type: 'text', value: ' and ' },
      { type: 'math', value: 'W' },
    ]);
  });
});

// `input.json` holds raw records copied from the real dumps (those with LaTeX remnants);
// `expected.json` their cleaned title, runs and links (`original` and `abstractText` are
// left out: they repeat the input and the runs). Regenerate with `UPDATE=1`, review the diff.
describe('cleanRecord fixtures', () => {
  testFixtures(join(import.meta.dirname, '../../fixtures/clean'), (dir) => {
    const { bytes } = readFixtureFile(dir, 'input.json');
    const records = JSON.parse(new TextDecoder().decode(bytes)) as RawRecord[];
    return records.map(cleanRecord).map(({ dump, line, title, abstract, codeLinks }) => ({
      dump,
      line,
      title,
      abstract,
      codeLinks,
    }));
  });
});
