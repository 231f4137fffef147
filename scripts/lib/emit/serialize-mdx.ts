import type { Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { mathToMarkdown } from 'mdast-util-math';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Unsafe } from 'mdast-util-to-markdown';

/**
 * Escapes the extensions do not do.
 *
 * `mdxToMarkdown` escapes `{` and `<`, but writes a text line that starts with
 * `import ` or `export ` as is, and MDX parses such a line back as ESM and runs
 * it. Marking its first letter unsafe at a line start makes to-markdown encode
 * it as a character reference (`&#x69;mport`, `&#x65;xport`): the visible text
 * is unchanged and the line is no longer ESM. MDX only needs the word followed
 * by a space at column 1; the word followed by anything that cannot continue
 * an identifier is guarded, to stay safe if the parser ever accepts a tab,
 * `(` or a line end there. Words such as `important` are left alone.
 */
const MDX_ESM_GUARDS: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport(?![A-Za-z0-9_$])' },
  { character: 'e', atBreak: true, after: 'xport(?![A-Za-z0-9_$])' },
];

/**
 * Every backslash in text is escaped (`\\`). to-markdown leaves a backslash bare when the
 * next character is not punctuation, but may later write that next character as a character
 * reference (e.g. the letter before an emphasis): the bare backslash then escapes the `&` and
 * the reference shows as text. Found by the emit round-trip property test.
 */
const BACKSLASH_GUARD: Unsafe = { character: '\\' };

/**
 * Serialise an entry tree to MDX text.
 *
 * Text is escaped by `mdast-util-to-markdown` with the MDX, frontmatter and
 * math extensions (so `{`, `<`, `$`, `*`, `_`, `[`, `` ` ``, `#`, `>`, list
 * markers, leading indentation and entity-like `&…;` stay literal), plus
 * {@link MDX_ESM_GUARDS} against text lines read back as `import`/`export`.
 *
 * @param tree An mdast root, typically from `paperToMdast`.
 * @returns MDX text ending with one line feed (empty for an empty root).
 */
export function serializeMdx(tree: Root): string {
  return toMarkdown(tree, {
    extensions: [mdxToMarkdown(), frontmatterToMarkdown(['yaml']), mathToMarkdown()],
    unsafe: [...MDX_ESM_GUARDS, BACKSLASH_GUARD],
  });
}
