import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../../scripts/lib/report/format-diagnostic.ts';
import { formatDumpSummaries } from '../../../scripts/lib/report/format-dump-summaries.ts';
import { formatTable } from '../../../scripts/lib/report/format-table.ts';

describe('formatTable', () => {
  test('pads text left and numbers right, under a header rule', () => {
    expect(formatTable(['name', 'n'], [['a', 5], ['bbb', 12]])).toBe(
      ['name   n', '----  --', 'a      5', 'bbb   12'].join('\n'),
    );
  });
});

describe('formatDiagnostic', () => {
  test.each([
    [{ file: 'a.txt', line: 3, severity: 'warning', message: 'm' }, 'a.txt:3: warning: m'],
    [{ file: 'a.txt', severity: 'error', message: 'm' }, 'a.txt: error: m'],
  ] as const)('%j → %s', (diagnostic, line) => {
    expect(formatDiagnostic(diagnostic)).toBe(line);
  });
});

describe('formatDumpSummaries', () => {
  test('one row per dump and a total', () => {
    const text = formatDumpSummaries([
      { id: 'a', file: 'a.txt', records: 3, newPapers: ['x', 'y'], duplicates: 1, skipped: [] },
      { id: 'b', file: 'b.txt', records: 2, newPapers: ['z'], duplicates: 1, skipped: [{ file: 'b.txt', line: 1, severity: 'warning', message: 'm' }] },
    ]);
    expect(text.split('\n').at(-1)).toMatch(/^total\s+5\s+3\s+2\s+1$/);
    expect(text.split('\n')).toHaveLength(5);
  });
});
