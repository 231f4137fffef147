import { describe, expect, test } from 'vitest';
import { escapeCell, formatSummaryMarkdown } from '../../../scripts/lib/report/format-summary-markdown.ts';
import type { DumpSummary, Topic } from '../../../scripts/lib/model.ts';

const topic = (slug: string, label: string, papers: number, miscellany = false): Topic => ({
  slug,
  label,
  keywords: [],
  papers: Array.from({ length: papers }, (_, index) => `${slug}-${index}`),
  npmi: 0.25,
  related: [],
  miscellany,
  graph: { nodes: [], edges: [] },
});
const summary = (file: string, records: number, fresh: number, duplicates: number, skipped: number): DumpSummary => ({
  id: file.replace(/\.txt$/, ''),
  file,
  records,
  newPapers: Array.from({ length: fresh }, (_, index) => `p${index}`),
  duplicates,
  skipped: Array.from({ length: skipped }, () => ({ file, severity: 'warning' as const, message: 'x' })),
});

describe('formatSummaryMarkdown', () => {
  test('renders the per-dump table with totals and the topic quality table', () => {
    const markdown = formatSummaryMarkdown(
      [summary('000_a.txt', 10, 9, 1, 0), summary('001_b.txt', 5, 3, 2, 1)],
      [topic('misc', 'Miscellaneous', 2, true), topic('vision', 'Vision | Images', 10)],
      { topics: 1, meanNpmi: 0.25, diversity: 1 },
      { papers: 12, keywords: 40, redirects: 3, errors: 0, warnings: 1 },
    );
    expect(markdown).toBe(`## Paper Atlas build

12 papers, 2 topics, 40 keywords, 3 redirects. No errors; 1 warning(s) (see the build log).

### Dumps

| dump | records | new papers | duplicates merged | skipped |
| --- | ---: | ---: | ---: | ---: |
| \`000_a.txt\` | 10 | 9 | 1 | 0 |
| \`001_b.txt\` | 5 | 3 | 2 | 1 |
| **total** | 15 | 12 | 3 | 1 |

### Topic quality

1 topics, mean NPMI 0.250, diversity 1.000.

| topic | slug | papers | share | NPMI |
| --- | --- | ---: | ---: | ---: |
| Vision \\| Images | \`vision\` | 10 | 83.3% | 0.250 |
| Miscellaneous | \`misc\` | 2 | 16.7% | – |
`);
  });

  test('says when the build has errors', () => {
    expect(formatSummaryMarkdown([], [], { topics: 0, meanNpmi: 0, diversity: 0 }, { papers: 0, keywords: 0, redirects: 0, errors: 2, warnings: 0 })).toContain(
      '**2 error(s)**',
    );
  });

  test.each([
    ['a | b', 'a \\| b'],
    ['*bold* _x_ `code`', '\\*bold\\* \\_x\\_ \\`code\\`'],
    ['line\nbreak', 'line break'],
    ['<script>', '\\<script\\>'],
    ['back\\slash', 'back\\\\slash'],
  ])('escapes %j', (text, expected) => {
    expect(escapeCell(text)).toBe(expected);
  });
});
