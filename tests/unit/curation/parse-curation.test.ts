import { describe, expect, test } from 'vitest';
import { parseCuration } from '../../../scripts/lib/curation/parse-curation.ts';

const VALID = `# comment
papers:
  paper-a:
    topic: topic-x
    title: A Corrected Title
    keywords:
      add: [graph neural networks]
      drop: [old-keyword]
  paper-b:
    hide: true
topics:
  topic-x:
    label: Better Label
    slug: fixed-x
merge:
  - [paper-c, paper-d]
`;

describe('parseCuration', () => {
  test('reads every kind of rule with its line', () => {
    const { rules, diagnostics } = parseCuration(VALID);
    expect(diagnostics).toEqual([]);
    expect(rules).toEqual({
      pins: [{ paper: 'paper-a', topic: 'topic-x', line: 4 }],
      titles: [{ paper: 'paper-a', title: 'A Corrected Title', line: 5 }],
      keywords: [{ paper: 'paper-a', add: ['graph neural networks'], drop: ['old-keyword'], line: 6 }],
      hidden: [{ paper: 'paper-b', line: 10 }],
      topics: [{ topic: 'topic-x', label: 'Better Label', slug: 'fixed-x', line: 12 }],
      merges: [{ papers: ['paper-c', 'paper-d'], line: 16 }],
    });
  });

  test.each([
    ['an empty file', ''],
    ['comments only', '# nothing yet\n'],
    ['empty sections', 'papers:\ntopics:\nmerge:\n'],
  ])('%s has no rules and no diagnostics', (_, text) => {
    const { rules, diagnostics } = parseCuration(text);
    expect(diagnostics).toEqual([]);
    expect(Object.values(rules).flat()).toEqual([]);
  });

  test.each([
    ['a paper pinned to two topics', 'papers:\n  p:\n    topic: a\n    topic: b\n', 4, /unique/],
    ['a paper listed twice', 'papers:\n  p:\n    topic: a\n  p:\n    hide: true\n', 4, /unique/],
    ['hidden and pinned', 'papers:\n  p:\n    hide: true\n    topic: a\n', 4, /both hidden \(line 3\) and pinned/],
    ['a paper in two merges', 'merge:\n  - [a, b]\n  - [b, c]\n', 3, /already merged on line 2/],
    ['hidden and merged', 'papers:\n  a:\n    hide: true\nmerge:\n  - [a, b]\n', 5, /both hidden/],
    ['a merge of one paper', 'merge:\n  - [a]\n', 2, /at least two/],
    ['an unknown section', 'paper:\n  a:\n    hide: true\n', 1, /unknown section "paper"/],
    ['an unknown paper field', 'papers:\n  a:\n    hidden: true\n', 3, /unknown field "hidden"/],
    ['hide that is not a boolean', 'papers:\n  a:\n    hide: yes please\n', 3, /hide: true or false/],
    ['a bad topic slug', 'topics:\n  x:\n    slug: Not A Slug\n', 3, /lowercase ASCII slug/],
    ['two topics given one slug', 'topics:\n  x:\n    slug: s\n  y:\n    slug: s\n', 4, /both given the slug "s"/],
    ['two topics given one label', 'topics:\n  x:\n    label: Same\n  y:\n    label: same\n', 4, /both given the label/],
    ['a keyword added and dropped', 'papers:\n  a:\n    keywords:\n      add: [Graph Neural Networks]\n      drop: [graph-neural-networks]\n', 3, /both added and dropped/],
    ['a rename to a renamed slug', 'topics:\n  x:\n    slug: y\n  y:\n    slug: z\n', 2, /itself renamed/],
    ['broken YAML (reported where the parser notices)', 'papers:\n  a: [unclosed\n', 3, /./],
  ])('%s is an error naming line $2', (_, text, line, message) => {
    const { diagnostics } = parseCuration(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]).toMatchObject({ file: 'curation.yaml', line, severity: 'error' });
    expect(diagnostics[0]?.message).toMatch(message);
  });

  test('a rule with an error is left out, the others stay', () => {
    const { rules } = parseCuration('papers:\n  p:\n    hide: true\n    topic: a\n  q:\n    topic: b\n');
    expect(rules.pins).toEqual([{ paper: 'q', topic: 'b', line: 6 }]);
    expect(rules.hidden).toEqual([{ paper: 'p', line: 3 }]);
  });
});
