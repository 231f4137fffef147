import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { paperToMdast } from '../../../scripts/lib/emit/paper-to-mdast.ts';
import type { EnrichedPaper, Inline } from '../../../scripts/lib/model.ts';
import { paperEntrySchema } from '../../../src/schemas/paper-entry.ts';
import { makePaper } from './helpers/make-paper.ts';

/** The YAML text of the frontmatter node. */
function yamlOf(paper: EnrichedPaper): string {
  const node = paperToMdast(paper).children[0];
  if (node?.type !== 'yaml') throw new Error(`Cannot test: expected a yaml node first, got ${node?.type}`);
  return node.value;
}

describe('paperToMdast', () => {
  test('frontmatter holds exactly the schema fields, in schema order, and reads back as them', () => {
    const paper = makePaper('A Title', [{ type: 'text', value: 'Text.' }], {
      keywords: [{ slug: 'k', label: 'K', extra: 1 } as never],
      related: [{ slug: 'r', score: 0.25 }],
      codeLinks: ['https://github.com/a/b'],
      occurrences: [
        { dump: '001_b', line: 7 },
        { dump: '002_c', line: 9 },
      ],
      original: { title: 'A  Title', abstract: 'Te\\emph{xt}.' },
    });
    const data = parse(yamlOf(paper));
    expect(Object.keys(data)).toEqual(Object.keys(paperEntrySchema.shape));
    expect(paperEntrySchema.parse(data)).toEqual(data);
    expect(data).toEqual({
      title: 'A Title',
      slug: 'test-paper',
      topic: 'test-topic',
      keywords: [{ slug: 'k', label: 'K' }],
      related: [{ slug: 'r', score: 0.25 }],
      codeLinks: ['https://github.com/a/b'],
      dumps: ['000_204173092b44c16c'],
      firstSeen: '000_204173092b44c16c',
      abstractText: 'Text.',
      source: { dump: '001_b', line: 7, title: 'A  Title', abstract: 'Te\\emph{xt}.' },
    });
  });

  test.each([
    ['anchor', '&a'],
    ['alias', '*a'],
    ['document marker', '---'],
    ['document marker with text', '--- title ---'],
    ['document end', '...'],
    ['mapping indicator', 'key: value'],
    ['comment', 'a # comment'],
    ['double quotes', 'say "hi"'],
    ['single quotes', "it's 'quoted'"],
    ['line breaks', 'a\n---\nb\r\nc'],
    ['leading and trailing spaces', '  padded  '],
    ['YAML 1.1 boolean', 'yes'],
    ['null', 'null'],
    ['number', '000'],
    ['sexagesimal', '1:20'],
    ['date', '2024-01-01'],
    ['merge key', '<<'],
    ['tag', '!!js/function x'],
    ['flow', '[a, {b: c}]'],
    ['block scalar', '| x'],
    ['directive', '%YAML 1.2'],
    ['unicode', 'u-μP: Schrödinger 🐈 \u202Eevil\u202C \u2028'],
    ['backslashes', 'C:\\path\\n'],
    ['lone surrogate', 'a\uD800b'],
    ['very long', 'word '.repeat(200)],
  ])('a title with %s reads back unchanged and never closes the block (%j)', (_, title) => {
    const yaml = yamlOf(makePaper(title, []));
    expect(parse(yaml, { version: '1.2' }).title).toBe(title);
    expect(parse(yaml, { version: '1.1' }).title).toBe(title);
    expect(yaml).not.toMatch(/^(?:---|\.\.\.)/m);
    expect(yaml.split('\n').filter((line) => !/^ {2}/.test(line))).toHaveLength(10);
  });

  test.each<[string, Inline[], unknown[]]>([
    ['text', [{ type: 'text', value: 'a' }], [{ type: 'text', value: 'a' }]],
    ['emphasis', [{ type: 'emphasis', value: 'a' }], [{ type: 'emphasis', children: [{ type: 'text', value: 'a' }] }]],
    ['math', [{ type: 'math', value: '\\alpha' }], [{ type: 'inlineMath', value: '\\alpha' }]],
    [
      'empty runs dropped',
      [
        { type: 'text', value: '' },
        { type: 'emphasis', value: '' },
        { type: 'text', value: 'a' },
        { type: 'math', value: '' },
      ],
      [{ type: 'text', value: 'a' }],
    ],
    [
      'touching math joined as groups',
      [
        { type: 'math', value: 'x' },
        { type: 'text', value: '' },
        { type: 'math', value: 'y' },
        { type: 'math', value: 'z' },
      ],
      [{ type: 'inlineMath', value: '{{x}{y}}{z}' }],
    ],
  ])('abstract: %s', (_, abstract, children) => {
    expect(paperToMdast(makePaper('T', abstract)).children.slice(1)).toEqual([{ type: 'paragraph', children }]);
  });

  test('an empty abstract gives no paragraph', () => {
    expect(paperToMdast(makePaper('T', [])).children.map((node) => node.type)).toEqual(['yaml']);
  });

  test('throws, naming the paper, when it has no occurrence', () => {
    expect(() => paperToMdast(makePaper('T', [], { occurrences: [] }))).toThrow(
      'Cannot emit paper "test-paper": expected at least one occurrence, got none',
    );
  });
});
