import type { EnrichedPaper, Inline } from '../../../../scripts/lib/model.ts';

/**
 * A valid enriched paper for emitter tests; `title` and `abstract` are the
 * parts under test, everything else is fixed.
 */
export function makePaper(title: string, abstract: Inline[], overrides: Partial<EnrichedPaper> = {}): EnrichedPaper {
  const abstractText = abstract.map((run) => run.value).join('');
  return {
    key: title.toLowerCase(),
    slug: 'test-paper',
    title,
    abstract,
    abstractText,
    codeLinks: [],
    dumps: ['000_204173092b44c16c'],
    firstSeen: '000_204173092b44c16c',
    occurrences: [{ dump: '000_204173092b44c16c', line: 3 }],
    original: { title, abstract: abstractText },
    topic: 'test-topic',
    keywords: [{ slug: 'test-keyword', label: 'test keyword' }],
    related: [],
    ...overrides,
  };
}
