import { describe, expect, test } from 'vitest';
import { dedupePapers } from '../../../scripts/lib/dedupe/dedupe-papers.ts';
import type { CleanRecord } from '../../../scripts/lib/model.ts';

function record(dump: string, line: number, title: string, abstract: string, codeLinks: string[] = []): CleanRecord {
  return {
    dump,
    line,
    title,
    abstract: [{ type: 'text', value: abstract }],
    abstractText: abstract,
    codeLinks,
    original: { title, abstract },
  };
}

describe('dedupePapers', () => {
  test('merges case, spacing, punctuation and Unicode variants within and across dumps', () => {
    const { papers, duplicatesByDump } = dedupePapers([
      record('000_a', 3, 'Schrödinger Bridges', 'One.'),
      record('000_a', 9, 'schrodinger  bridges', 'One.'),
      record('001_b', 5, 'Schro\u0308dinger Bridges!', 'One.', ['https://github.com/x/y']),
      record('001_b', 7, 'Another Paper', 'Two.'),
    ]);
    expect(papers).toHaveLength(2);
    expect(papers[0]).toMatchObject({
      title: 'Schrödinger Bridges',
      dumps: ['000_a', '001_b'],
      firstSeen: '000_a',
      occurrences: [
        { dump: '000_a', line: 3 },
        { dump: '000_a', line: 9 },
        { dump: '001_b', line: 5 },
      ],
      codeLinks: ['https://github.com/x/y'],
    });
    expect(Object.fromEntries(duplicatesByDump)).toEqual({ '000_a': 1, '001_b': 1 });
  });

  test('keeps the complete abstract when the first copy was truncated', () => {
    const { papers } = dedupePapers([
      record('000_a', 1, 'T', 'We study world models and their behav'),
      record('001_b', 1, 'T', 'We study world models and their behaviour in planning.'),
    ]);
    expect(papers[0]?.abstractText).toBe('We study world models and their behaviour in planning.');
  });

  test('keeps the first abstract when a later copy differs', () => {
    const { papers } = dedupePapers([
      record('000_a', 1, 'T', 'First version of the abstract.'),
      record('001_b', 1, 'T', 'A rewritten and much longer second version of the abstract.'),
    ]);
    expect(papers[0]?.abstractText).toBe('First version of the abstract.');
  });

  test('reports a title without letters or digits and keeps going', () => {
    const { papers, diagnostics } = dedupePapers([record('000_a', 4, '???', 'x'), record('000_a', 6, 'Ok', 'y')]);
    expect(papers.map((paper) => paper.title)).toEqual(['Ok']);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: '000_a.txt', line: 4, severity: 'warning' }),
    ]);
  });
});
