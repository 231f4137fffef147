import type { PhrasingContent, Root } from 'mdast';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { serializeMdx } from '../../../scripts/lib/emit/serialize-mdx.ts';

/** A root of one paragraph. */
function paragraph(...children: PhrasingContent[]): Root {
  return { type: 'root', children: [{ type: 'paragraph', children }] };
}

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);

/** The tree MDX (with math) reads back from the text, without positions. */
function readBack(mdx: string): unknown {
  const tree = mdxParser.parse(mdx);
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' || key === 'data' ? undefined : value)));
}

describe('serializeMdx', () => {
  test.each([
    ['import', 'import fs from "node:fs"', '&#x69;mport fs from "node:fs"'],
    ['import call', 'import("node:fs")', '&#x69;mport("node:fs")'],
    ['export', 'export const x = 1', '&#x65;xport const x = 1'],
    ['export braces', 'export{x}', '&#x65;xport\\{x}'],
    ['import on a later line', 'a\nimport x from "y"', 'a\n&#x69;mport x from "y"'],
    ['word starting with import', 'important', 'important'],
    ['import inside a line', 'we import data', 'we import data'],
    ['heading', '# not a heading', '\\# not a heading'],
    ['block quote', '> quote', '\\> quote'],
    ['list -', '- list', '\\- list'],
    ['list +', '+ list', '\\+ list'],
    ['ordered list', '1. list', '1\\. list'],
    ['indented code', '    code', '&#x20;   code'],
    ['thematic break', '---', '\\---'],
    ['setext underline', 'a\n===', 'a\n\\==='],
    ['code fence', '```js', '\\`\\`\\`js'],
    ['code span', '`x`', '\\`x\\`'],
    ['dollars', '$5 and $10', '\\$5 and \\$10'],
    ['backslash', 'a \\ b \\$', 'a \\\\ b \\\\\\$'],
    ['entity text', '&amp; &#123;', '\\&amp; \\&#123;'],
    ['HTML comment', '<!-- c -->', '\\<!-- c -->'],
    ['MDX comment', '{/* c */}', '\\{/\\* c \\*/}'],
    ['expression', '{process.exit(1)}', '\\{process.exit(1)}'],
    ['link', '[links](x)', '\\[links]\\(x)'],
    ['definition', '[x]: https://x', '\\[x]: https://x'],
    ['autolink', '<https://x>', '\\<https://x>'],
    ['HTML tag', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)>'],
    ['JSX', '<Foo />', '\\<Foo />'],
    ['emphasis markers', '*a* _b_', '\\*a\\* \\_b\\_'],
    ['edge spaces', ' a ', '&#x20;a&#x20;'],
  ])('text with %s is escaped and reads back as the same text', (_, value, expected) => {
    const mdx = serializeMdx(paragraph({ type: 'text', value }));
    expect(mdx).toBe(`${expected}\n`);
    expect(readBack(mdx)).toEqual(paragraph({ type: 'text', value }));
  });

  test.each<[string, PhrasingContent[]]>([
    ['emphasis then text', [{ type: 'emphasis', children: [{ type: 'text', value: 'a' }] }, { type: 'text', value: '*b' }]],
    ['touching emphasis', [{ type: 'emphasis', children: [{ type: 'text', value: 'a' }] }, { type: 'emphasis', children: [{ type: 'text', value: 'b' }] }]],
    ['spaced emphasis', [{ type: 'emphasis', children: [{ type: 'text', value: ' a ' }] }]],
    ['math with dollars and braces', [{ type: 'inlineMath', value: '\\text{$}{x}<y>' }]],
    ['math then text', [{ type: 'inlineMath', value: 'x' }, { type: 'text', value: '$y' }]],
    ['text ending in backslash then math', [{ type: 'text', value: 'a\\' }, { type: 'inlineMath', value: 'x' }]],
  ])('%s reads back as the same tree', (_, children) => {
    expect(readBack(serializeMdx(paragraph(...children)))).toEqual(paragraph(...children));
  });

  test('frontmatter is written between fences, as given', () => {
    const tree: Root = { type: 'root', children: [{ type: 'yaml', value: 'title: "x"' }, ...paragraph({ type: 'text', value: 'import x' }).children] };
    expect(serializeMdx(tree)).toBe('---\ntitle: "x"\n---\n\n&#x69;mport x\n');
  });
});
