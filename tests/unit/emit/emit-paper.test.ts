import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { emitPaper } from '../../../scripts/lib/emit/emit-paper.ts';
import type { EnrichedPaper } from '../../../scripts/lib/model.ts';
import { paperEntrySchema } from '../../../src/schemas/paper-entry.ts';
import { renderEntryBody } from '../../../src/lib/render-entry-body.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/emit/', import.meta.url));
const UPDATE = process.env.UPDATE === '1';
const cases = readdirSync(FIXTURES).filter((name) => existsSync(path.join(FIXTURES, name, 'input.json'))).sort();

/** Compare with the stored file, or rewrite it with `UPDATE=1`. */
function expectFile(file: string, actual: string): void {
  if (UPDATE || !existsSync(file)) {
    writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('emitPaper fixtures', () => {
  test('there are fixture cases', () => {
    expect(cases).toEqual(expect.arrayContaining(['plain', 'emphasis-math', 'hostile', 'hostile-line-starts']));
  });

  test.each(cases)('%s: input.json → expected.mdx → expected.html', (name) => {
    const folder = path.join(FIXTURES, name);
    const paper = JSON.parse(readFileSync(path.join(folder, 'input.json'), 'utf8')) as EnrichedPaper;
    const mdx = emitPaper(paper);
    expectFile(path.join(folder, 'expected.mdx'), mdx);

    const { frontmatter, html, diagnostics } = renderEntryBody(mdx, `${name}/expected.mdx`);
    expectFile(path.join(folder, 'expected.html'), `${html}\n`);
    expect(diagnostics).toEqual([]);
    expect(Object.keys(frontmatter as object)).toEqual(Object.keys(paperEntrySchema.shape));
    expect(frontmatter).toEqual(paperEntrySchema.parse(frontmatter));
    expect(frontmatter).toMatchObject({
      title: paper.title,
      abstractText: paper.abstractText,
      source: { dump: paper.occurrences[0]?.dump, line: paper.occurrences[0]?.line, ...paper.original },
    });
  });
});

describe('emitPaper', () => {
  const hostile = JSON.parse(readFileSync(path.join(FIXTURES, 'hostile', 'input.json'), 'utf8')) as EnrichedPaper;

  test('emitting the same paper twice gives byte-identical output', () => {
    expect(emitPaper(structuredClone(hostile))).toBe(emitPaper(structuredClone(hostile)));
  });

  test('ends with exactly one line feed', () => {
    const mdx = emitPaper(hostile);
    expect(mdx.endsWith('\n')).toBe(true);
    expect(mdx.endsWith('\n\n')).toBe(false);
  });

  test('no line of the frontmatter but the fences is `---`, whatever the values hold', () => {
    const lines = emitPaper(hostile).split('\n');
    expect(lines.flatMap((line, index) => (/^---\s*$/.test(line) ? [index] : []))).toEqual([0, lines.indexOf('---', 1)]);
    expect(lines.indexOf('---', 1)).toBeGreaterThan(10);
  });

  test('writes no MDX that runs: no line starts with import/export, `{` and `<` are escaped', () => {
    const body = emitPaper(hostile).split('\n---\n')[1] ?? '';
    expect(body).not.toMatch(/^(?:import|export)\b/m);
    expect(body).not.toMatch(/(?<!\\)[{<]/);
  });
});
