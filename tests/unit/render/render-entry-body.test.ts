import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { entryBody, readEntryFrontmatter, renderEntryBody } from '../../../src/lib/render-entry-body.ts';

const FRONTMATTER = '---\ntitle: "A title"\nslug: a-title\n---\n';

describe('renderEntryBody', () => {
  test('returns the frontmatter, the body as HTML and no diagnostics', () => {
    expect(renderEntryBody(`${FRONTMATTER}\nSome *emphasis* and \\{braces} &#x69;mport.\n`, 'a.mdx')).toEqual({
      frontmatter: { title: 'A title', slug: 'a-title' },
      html: '<p>Some <em>emphasis</em> and {braces} import.</p>',
      diagnostics: [],
    });
  });

  test('renders inline math to MathML at build time, with the TeX kept as annotation', () => {
    const { html } = renderEntryBody(`${FRONTMATTER}\nLet $\\alpha^2$ be.\n`, 'a.mdx');
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(html).toContain('<annotation encoding="application/x-tex">\\alpha^2</annotation>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('katex-html');
  });

  test('TeX that KaTeX cannot parse becomes a warning with its line, and is shown as source', () => {
    const { html, diagnostics } = renderEntryBody(`${FRONTMATTER}\nBad $\\frac{1}{$ math.\n`, 'a.mdx');
    expect(html).toContain('katex-error');
    expect(diagnostics).toEqual([
      { file: 'a.mdx', line: 6, severity: 'warning', message: expect.stringMatching(/^Could not render math with KaTeX: KaTeX parse error/) },
    ]);
  });

  test('does not trust TeX with links or classes', () => {
    const { html } = renderEntryBody(`${FRONTMATTER}\n$\\href{javascript:alert(1)}{x}\\htmlClass{c}{y}$\n`, 'a.mdx');
    expect(html).not.toMatch(/href=|class="c"/);
  });

  test.each([
    ['ESM import', 'import fs from "node:fs"\n', 'a.mdx:6:1', 'mdxjsEsm'],
    ['ESM export', 'export const x = 1\n', 'a.mdx:6:1', 'mdxjsEsm'],
    ['flow expression', '{process.exit(1)}\n', 'a.mdx:6:1', 'mdxFlowExpression'],
    ['text expression', 'a {process.exit(1)} b\n', 'a.mdx:6:3', 'mdxTextExpression'],
    ['flow JSX', '<Foo />\n', 'a.mdx:6:1', 'mdxJsxFlowElement'],
    ['script tag', '<script>alert(1)</script>\n', 'a.mdx:6:1', 'mdxJsxTextElement'],
    ['text JSX', 'a <img src="x" onerror="alert(1)" /> b\n', 'a.mdx:6:3', 'mdxJsxTextElement'],
    ['comment', 'a {/* c */} b\n', 'a.mdx:6:3', 'mdxTextExpression'],
  ])('refuses %s, naming file, line and column', (_, body, where, type) => {
    expect(() => renderEntryBody(`${FRONTMATTER}\n${body}`, 'a.mdx')).toThrow(
      `Cannot render ${where}: expected a generated entry without MDX ESM, expressions or JSX, got \`${type}\` (hand edit or emitter bug)`,
    );
  });

  test.each([
    ['link', '[x](javascript:alert(1))\n', 'a.mdx:6:1', 'link'],
    ['heading', '# Heading\n', 'a.mdx:6:1', 'heading'],
    ['list', 'text\n\n- item\n', 'a.mdx:8:1', 'list'],
    ['code', 'a `code` b\n', 'a.mdx:6:3', 'inlineCode'],
  ])('refuses a %s the emitter never writes', (_, body, where, type) => {
    expect(() => renderEntryBody(`${FRONTMATTER}\n${body}`, 'a.mdx')).toThrow(
      `Cannot render ${where}: expected only frontmatter, paragraphs, text, emphasis and inline math, got \`${type}\``,
    );
  });

  test('refuses MDX that does not parse, naming the file', () => {
    expect(() => renderEntryBody(`${FRONTMATTER}\na <b> c\n`, 'a.mdx')).toThrow(/^Cannot render a\.mdx: expected valid MDX, got .*6:/);
  });

  test.each([
    ['no frontmatter', 'Just text.\n', 'Cannot render a.mdx: expected YAML frontmatter at the start, got `paragraph`'],
    ['an empty file', '', 'Cannot render a.mdx: expected YAML frontmatter at the start, got an empty file'],
    ['broken YAML', '---\ntitle: "a\nslug: b: c\n---\n', /^Cannot render a\.mdx:\d+:\d+: expected valid YAML frontmatter, got /],
    ['duplicate keys', '---\ntitle: a\ntitle: b\n---\n', /^Cannot render a\.mdx:3:1: expected valid YAML frontmatter, got .*unique/],
  ])('refuses %s', (_, text, message) => {
    expect(() => renderEntryBody(text, 'a.mdx')).toThrow(message);
  });

  test('imports no Node builtins, so it can be bundled', () => {
    const source = readFileSync(new URL('../../../src/lib/render-entry-body.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((match) => match[1]);
    expect(imports.length).toBeGreaterThan(5);
    expect(imports.filter((name) => name?.startsWith('node:') || /^(fs|path|url|os|crypto)$/.test(name ?? ''))).toEqual([]);
  });
});

describe('readEntryFrontmatter and entryBody', () => {
  const body = '\nSome *emphasis* and $x^2$.\n';

  test('read the frontmatter as the renderer does, in the emitter’s shape and in any other', () => {
    const emitted = `${FRONTMATTER}${body}`;
    const crlf = emitted.replace(/\n/g, '\r\n');
    expect(readEntryFrontmatter(emitted, 'a.mdx')).toEqual({ title: 'A title', slug: 'a-title' });
    expect(readEntryFrontmatter(crlf, 'a.mdx')).toEqual(renderEntryBody(crlf, 'a.mdx').frontmatter);
    expect(readEntryFrontmatter(crlf, 'a.mdx')).toEqual({ title: 'A title', slug: 'a-title' });
  });

  test('refuse an entry without frontmatter, naming the file', () => {
    expect(() => readEntryFrontmatter('Just a body.\n', 'papers/x/y.mdx')).toThrow(/papers\/x\/y\.mdx: expected YAML frontmatter at the start/);
  });

  test('an entry’s body is what follows its frontmatter: a frontmatter edit leaves it equal', () => {
    const retitled = `${FRONTMATTER.replace('A title', 'Another title')}${body}`;
    expect(entryBody(`${FRONTMATTER}${body}`)).toBe(body);
    expect(entryBody(retitled)).toBe(body);
    expect(entryBody(`${FRONTMATTER}\nAnother body.\n`)).not.toBe(body);
  });
});
