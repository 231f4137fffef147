import { compile } from '@mdx-js/mdx';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { emitPaper } from '../../../scripts/lib/emit/emit-paper.ts';
import { paperToMdast } from '../../../scripts/lib/emit/paper-to-mdast.ts';
import { cleanRecord } from '../../../scripts/lib/clean/clean-record.ts';
import type { Inline, RawRecord } from '../../../scripts/lib/model.ts';
import { parseDump } from '../../../scripts/lib/parse/parse-dump.ts';
import { renderEntryBody } from '../../../src/lib/render-entry-body.ts';
import { makePaper } from './helpers/make-paper.ts';
import { visibleText } from './helpers/visible-text.ts';

const DUMPS = fileURLToPath(new URL('../../../content/dumps/', import.meta.url));

/** Every identifier the MDX compiler itself writes for an empty body or a paragraph of text, emphasis and math. */
const COMPILER_IDENTIFIERS = new Set([
  '_jsx', '_jsxs', 'jsx', 'jsxs', 'Fragment', '_Fragment', '_createMdxContent', 'MDXContent', 'MDXLayout', '_components',
  'props', 'components', 'wrapper', 'children', 'className', 'p', 'em', 'code',
]);

/** What the compiled program of an entry holds that could run code. */
interface ProgramShape {
  imports: string[];
  exports: string[];
  identifiers: Set<string>;
}

/** Compile an entry with the real MDX compiler and collect the shape of the resulting program. */
async function compileShape(mdx: string): Promise<ProgramShape> {
  const shape: ProgramShape = { imports: [], exports: [], identifiers: new Set() };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const { type } = node as { type?: unknown };
    if (type === 'ImportDeclaration') shape.imports.push(String((node as { source: { value: unknown } }).source.value));
    if (typeof type === 'string' && type.startsWith('Export')) shape.exports.push(type);
    if (type === 'Identifier' || type === 'JSXIdentifier') shape.identifiers.add((node as { name: string }).name);
    for (const [key, value] of Object.entries(node)) if (key !== 'loc' && key !== 'position') walk(value);
  };
  await compile(mdx, {
    remarkPlugins: [[remarkFrontmatter, ['yaml']], remarkMath],
    recmaPlugins: [() => (tree: unknown) => walk(tree)],
  });
  return shape;
}

/** Emit, compile and render one paper made of a title and a single text run; check nothing ran and the text survived. */
async function expectRoundTrip(title: string, abstract: string): Promise<void> {
  const mdx = emitPaper(makePaper(title, abstract === '' ? [] : [{ type: 'text', value: abstract }]));

  const shape = await compileShape(mdx);
  expect(shape.imports).toEqual(['react/jsx-runtime']);
  expect(shape.exports).toEqual(['ExportDefaultDeclaration']);
  expect([...shape.identifiers].filter((name) => !COMPILER_IDENTIFIERS.has(name))).toEqual([]);

  const { frontmatter, html, diagnostics } = renderEntryBody(mdx, 'round-trip.mdx');
  expect(diagnostics).toEqual([]);
  expect((frontmatter as { title: unknown }).title).toBe(title);
  expect(visibleText(html)).toBe(abstract);
}

/** Characters that mean something to Markdown, MDX, HTML, YAML or TeX. */
const HOSTILE = [...'{}<>[]()*_#`$\\&;:-+!|~^\'"/=.%@ \t', 'import ', 'export ', '---', '&amp;', '&#123;', '<!--', '{/*', '```', '$$', '1. ', '    ', '<Foo />', '&a', '*a', ': ', ' #'];

/** Unicode text without line breaks or control characters (the cleaner removes those). */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...HOSTILE),
    fc
      .integer({ min: 0, max: 0x10ffff })
      .map((code) => String.fromCodePoint(code))
      .filter((char) => !/[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u.test(char)),
    fc.string({ unit: 'grapheme', maxLength: 3 }),
  ),
  maxLength: 40,
});

/** Every record of the committed dumps, as the pipeline's parser reads them. */
function readRecords(): RawRecord[] {
  return readdirSync(DUMPS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => parseDump({ name, bytes: readFileSync(`${DUMPS}${name}`) }).records);
}

/** Decode the few references rehype-stringify writes inside a KaTeX annotation. */
function annotations(html: string): string[] {
  return [...html.matchAll(/<annotation encoding="application\/x-tex">(.*?)<\/annotation>/gs)].map((match) => visibleText(match[1] ?? ''));
}

describe('emit → MDX compile and render round trip', () => {
  const records = readRecords();

  test('the dumps hold the expected number of title/abstract records', () => {
    expect(records.length).toBe(511);
  });

  test('every raw title and abstract, as one text run, compiles to no code of its own and renders back unchanged', async () => {
    for (const { title, abstract } of records) await expectRoundTrip(title, abstract);
  }, 60_000);

  test('every cleaned record compiles to no code of its own and renders its text, emphasis and math', async () => {
    for (const record of records.map(cleanRecord)) {
      const mdx = emitPaper(makePaper(record.title, record.abstract));
      const shape = await compileShape(mdx);
      expect(shape.imports).toEqual(['react/jsx-runtime']);
      expect([...shape.identifiers].filter((name) => !COMPILER_IDENTIFIERS.has(name))).toEqual([]);

      const { frontmatter, html, diagnostics } = renderEntryBody(mdx, `${record.dump}:${record.line}`);
      expect(diagnostics).toEqual([]);
      expect((frontmatter as { title: unknown }).title).toBe(record.title);
      const withoutMath = html.replace(/<span class="katex">.*?<\/span>/gs, '');
      expect(visibleText(withoutMath)).toBe(record.abstract.flatMap((run) => (run.type === 'math' ? [] : [run.value])).join(''));
      const paragraph = paperToMdast(makePaper(record.title, record.abstract)).children[1];
      const math = paragraph?.type === 'paragraph' ? paragraph.children.flatMap((node) => (node.type === 'inlineMath' ? [node.value] : [])) : [];
      expect(annotations(html)).toEqual(math);
    }
  }, 60_000);

  test('arbitrary hostile titles and abstracts compile to no code of their own and render back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(text.filter((title) => title !== ''), text, async (title, abstract) => expectRoundTrip(title, abstract)),
      { numRuns: 300 },
    );
  });

  // Shrunk counterexample of the property below: a bare backslash before a letter that to-markdown
  // then writes as a character reference (because an emphasis follows) swallowed the reference.
  test('a backslash before a letter before an emphasis stays a backslash', () => {
    const runs: Inline[] = [{ type: 'text', value: '\\' }, { type: 'text', value: 'Ⰰ' }, { type: 'emphasis', value: '{' }];
    const { html } = renderEntryBody(emitPaper(makePaper('T', runs)), 'runs.mdx');
    expect(visibleText(html)).toBe('\\Ⰰ{');
  });

  test('touching emphasis runs are one emphasis (regression: `*&#x20;*_𐀀_&#x10000;_` read back as other emphasis)', () => {
    const runs: Inline[] = [{ type: 'emphasis', value: ' ' }, { type: 'emphasis', value: '𐀀_𐀀' }, { type: 'text', value: '0' }];
    const { html } = renderEntryBody(emitPaper(makePaper('T', runs)), 'runs.mdx');
    expect(visibleText(html)).toBe(' 𐀀_𐀀0');
    expect([...html.matchAll(/<em>(.*?)<\/em>/gs)].map((match) => visibleText(match[1] ?? ''))).toEqual([' 𐀀_𐀀']);
  });

  test('arbitrary runs of text and emphasis render to the same text and emphasis', () => {
    const run = fc.record({ type: fc.constantFrom('text' as const, 'emphasis' as const), value: text });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 6 }), (runs: Inline[]) => {
        const { html } = renderEntryBody(emitPaper(makePaper('T', runs)), 'runs.mdx');
        expect(visibleText(html)).toBe(runs.map((each) => each.value).join(''));
        // Empty runs are dropped and touching emphasis runs become one emphasis.
        const emphasis: string[] = [];
        let touching = false;
        for (const each of runs.filter((run) => run.value !== '')) {
          if (each.type === 'emphasis' && touching) emphasis[emphasis.length - 1] += each.value;
          else if (each.type === 'emphasis') emphasis.push(each.value);
          touching = each.type === 'emphasis';
        }
        expect([...html.matchAll(/<em>(.*?)<\/em>/gs)].map((match) => visibleText(match[1] ?? ''))).toEqual(emphasis);
      }),
      { numRuns: 300 },
    );
  });
});
