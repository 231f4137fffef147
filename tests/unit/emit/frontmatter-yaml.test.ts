import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { frontmatterYaml, YAML_OPTIONS } from '../../../scripts/lib/emit/paper-to-mdast.ts';

const OPTIONS = YAML_OPTIONS;

/** Strings a YAML reader could take for something else, or that need quoting, escaping or care. */
const AWKWARD = [
  'plain words', 'yes', 'on', 'No', '~', 'null', '000', '0x1F', '1:20', '2024-01-01', '3.5e-2', '.inf', '- item', '? key',
  ': value', 'a: b', 'a #b', '#comment', '&anchor', '*alias', '!tag', '|', '>', "'single'", '"double"', '%directive',
  '---', '--- x', '...', '@at', '`tick`', ' leading', 'trailing ', 'multi\nline', 'line\n---\nbreak', 'tab\there',
  '\u0007bell', 'émigré ünïcode', 'emoji 🙂', '\u2028separator', '{braces}', '[brackets]', 'a, b', '',
];

describe('frontmatterYaml', () => {
  test.each(AWKWARD.map((text, i) => [i, text]))('writes what one stringify writes (%i: %j)', (i, text) => {
    const entry = {
      title: text,
      slug: `s-${i}`,
      topic: text,
      keywords: [
        { slug: 'k', label: text },
        { slug: text, label: 'plain' },
      ],
      related: [{ slug: 'r', score: 0.5 }, { slug: text, score: 1 }],
      codeLinks: [],
      dumps: [text, '001_2024-01-01_deadbeef'],
      firstSeen: text,
      abstractText: `${text} ${text}`,
      source: { dump: text, line: 3, title: text, abstract: text },
    };
    expect(frontmatterYaml(entry)).toBe(stringify(entry, OPTIONS));
    // A second call comes from the cache and must not differ.
    expect(frontmatterYaml(entry)).toBe(stringify(entry, OPTIONS));
    // Every field remembered, and none: the same text.
    expect(frontmatterYaml(entry, new Set(Object.keys(entry)))).toBe(stringify(entry, OPTIONS));
    expect(frontmatterYaml(entry, new Set())).toBe(stringify(entry, OPTIONS));
    // Items written pair by pair, or whole in the runs: the same text.
    expect(frontmatterYaml(entry, new Set(), new Set(['related', 'keywords', 'source']))).toBe(stringify(entry, OPTIONS));
    expect(frontmatterYaml(entry, undefined, new Set())).toBe(stringify(entry, OPTIONS));
  });

  test.each(AWKWARD.map((text, i) => [i, text]))('writes list items pair by pair as one stringify does (%i: %j)', (i, text) => {
    const entry = {
      related: [
        { slug: text, score: 0.5 },
        { slug: 'r', score: i },
        { score: -0, slug: text, extra: `${text}${text}` },
        { slug: text, score: 1e21 },
        { slug: text, score: 0.1234 },
      ],
      other: [{ a: 1 }, { a: text }],
    };
    expect(frontmatterYaml(entry, new Set(), new Set(['related', 'other']))).toBe(stringify(entry, OPTIONS));
    expect(frontmatterYaml(entry, new Set(), new Set(['related', 'other']))).toBe(stringify(entry, OPTIONS));
  });

  test('lists that are not of plain maps of scalars are written whole', () => {
    const entry = { related: [{ slug: 'a', nested: { b: 1 } }, {}, { slug: null }], empty: [], holes: [{ slug: 'x', score: Number.NaN }] };
    expect(frontmatterYaml(entry, new Set(), new Set(['related', 'empty', 'holes']))).toBe(stringify(entry, OPTIONS));
  });

  test('empty lists stay flow lists, as stringify writes them', () => {
    const entry = { title: 't', keywords: [], related: [], codeLinks: ['https://example.org/x'], dumps: ['d'] };
    expect(frontmatterYaml(entry)).toBe(stringify(entry, OPTIONS));
  });
});
