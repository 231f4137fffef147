import type { Nodes, Root } from 'mdast';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { CORE_SCHEMA, load as loadYamlFast } from 'js-yaml';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../../scripts/lib/model.ts';

/** What {@link renderEntryBody} returns for one entry. */
export interface RenderedEntry {
  /** The parsed YAML frontmatter, not yet validated (the content collection validates it). */
  frontmatter: unknown;
  /** The body as HTML, math already rendered to MathML. */
  html: string;
  /** Problems that did not stop rendering, such as TeX that KaTeX could not parse. */
  diagnostics: Diagnostic[];
}

/** MDX node types a generated entry never contains: ESM, expressions and JSX. */
const REFUSED_MDX_TYPES: ReadonlySet<string> = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

/**
 * Every node type the emitter writes. Anything else (a link, a heading, a list)
 * means the entry was edited by hand or the emitter failed to escape some text.
 */
const EMITTED_TYPES: ReadonlySet<string> = new Set(['root', 'yaml', 'paragraph', 'text', 'emphasis', 'inlineMath']);

/**
 * The whole pipeline, built once per module, not per entry.
 *
 * Entries are parsed as MDX so that ESM, expressions and JSX show up as nodes
 * and {@link checkEntry} can refuse them before anything is rendered.
 *
 * KaTeX writes MathML only: browsers render it natively, so pages need neither
 * KaTeX's stylesheet nor its fonts nor any script, and the HTML stays small.
 * `trust` stays off (no `\href`, `\url`, `\htmlClass`). rehype-katex has no
 * `throwOnError` option: it always catches, so TeX KaTeX cannot parse becomes a
 * diagnostic plus a red rendering of its source, not a failed build.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMath)
  .use(checkEntry)
  .use(remarkRehype)
  .use(rehypeKatex, { output: 'mathml', strict: false, trust: false })
  .use(rehypeStringify);

/**
 * Parse one generated entry, check it holds only what the emitter writes, and
 * render its body to HTML.
 *
 * Pure and free of Node builtins, so the Astro content loader can call it for
 * every entry and it can be bundled.
 *
 * @param mdx The entry's text: YAML frontmatter, then the abstract.
 * @param file The entry's path, used in errors and diagnostics, e.g. `content/papers/x/y.mdx`.
 * @returns Frontmatter, HTML and diagnostics.
 * @throws {Error} When the text is not valid MDX, contains ESM, an expression,
 *   JSX or any other construct the emitter never writes, or has no or invalid
 *   YAML frontmatter; the message names the file, line and column.
 */
export function renderEntryBody(mdx: string, file: string): RenderedEntry {
  let result;
  try {
    const split = splitFrontmatter(mdx);
    result = split
      ? processor.processSync({ value: split.body, path: file, data: { frontmatterSource: split.yaml } satisfies EntryData })
      : processor.processSync({ value: mdx, path: file });
  } catch (error) {
    if (error instanceof EntryError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot render ${file}: expected valid MDX, got ${reason}`, { cause: error });
  }
  const diagnostics: Diagnostic[] = result.messages.map((message) => ({
    file,
    ...(message.line == null ? {} : { line: message.line }),
    severity: message.fatal ? 'error' : 'warning',
    message: message.cause instanceof Error ? `${message.reason}: ${message.cause.message}` : message.reason,
  }));
  return { frontmatter: (result.data as EntryData).frontmatter, html: String(result.value), diagnostics };
}

/** A problem of the entry itself, already worded for the reader; passed through unchanged. */
class EntryError extends Error {}

/** What {@link renderEntryBody} and {@link checkEntry} pass each other on the file. */
interface EntryData {
  /** The frontmatter block's YAML, when it was cut off the text before parsing. */
  frontmatterSource?: string;
  frontmatter?: unknown;
}

/** A frontmatter block as the emitter writes it: `---` lines, LF line ends, at the very start. */
const FRONTMATTER_BLOCK = /^---\n([\s\S]*?)\n---(?:\n|$)/;

/**
 * The part of an entry its rendered HTML depends on: the text after the frontmatter block
 * (the whole text when it has none). Two entries with equal bodies render to equal HTML.
 */
export function entryBody(mdx: string): string {
  const match = FRONTMATTER_BLOCK.exec(mdx);
  return match ? mdx.slice(match[0].length) : mdx;
}

/**
 * The parsed frontmatter of an entry: what {@link renderEntryBody} returns as `frontmatter`.
 * An entry in the emitter's shape has only its YAML read; any other (a hand edit with CRLF line
 * ends, say) goes through the whole renderer, so both readings always agree.
 *
 * @throws {Error} As {@link renderEntryBody}: no or invalid frontmatter, or a body the emitter
 *   never writes; the message names the file and line.
 */
export function readEntryFrontmatter(mdx: string, file: string): unknown {
  const split = splitFrontmatter(mdx);
  return split ? parseFrontmatter(split.yaml, file) : renderEntryBody(mdx, file).frontmatter;
}

/**
 * Cuts the frontmatter off an entry whose block has exactly the emitter's
 * shape, so that micromark never tokenises the YAML (half of an entry's parse
 * time). The block is replaced by as many empty lines, so every node of the
 * body keeps its line and column. Anything unusual (CRLF, spaces after a
 * fence, an empty block, a `---` line that remark would take as the closing
 * fence) returns `undefined` and the whole text goes through the parser.
 */
function splitFrontmatter(mdx: string): { yaml: string; body: string } | undefined {
  const match = FRONTMATTER_BLOCK.exec(mdx);
  if (!match || /^---[ \t]*$/m.test(match[1]!)) return undefined;
  const lines = match[0].endsWith('\n') ? match[0].split('\n').length - 1 : match[0].split('\n').length;
  return { yaml: match[1]!, body: '\n'.repeat(lines) + mdx.slice(match[0].length) };
}

/** Unified plugin: refuse foreign nodes, then read the frontmatter into `file.data.frontmatter`. */
function checkEntry() {
  return (tree: Root, vfile: { path?: string; data: unknown }) => {
    const file = vfile.path ?? '<entry>';
    assertEmittedNodes(tree, file);
    const data = vfile.data as EntryData;
    data.frontmatter =
      data.frontmatterSource === undefined ? readFrontmatter(tree, file) : parseFrontmatter(data.frontmatterSource, file);
  };
}

/** Throws on the first node (in document order) that the emitter never writes. */
function assertEmittedNodes(node: Nodes, file: string): void {
  if (!EMITTED_TYPES.has(node.type)) {
    const where = `${file}:${node.position?.start.line ?? '?'}:${node.position?.start.column ?? '?'}`;
    if (REFUSED_MDX_TYPES.has(node.type)) {
      throw new EntryError(
        `Cannot render ${where}: expected a generated entry without MDX ESM, expressions or JSX, got \`${node.type}\` (hand edit or emitter bug)`,
      );
    }
    throw new EntryError(
      `Cannot render ${where}: expected only frontmatter, paragraphs, text, emphasis and inline math, got \`${node.type}\` (hand edit or emitter bug)`,
    );
  }
  if ('children' in node) {
    for (const child of node.children) assertEmittedNodes(child, file);
  }
}

/** The parsed YAML of the entry's frontmatter block, which must come first. */
function readFrontmatter(tree: Root, file: string): unknown {
  const first = tree.children[0];
  const extra = tree.children.slice(1).find((node) => node.type === 'yaml');
  if (first?.type !== 'yaml') {
    throw new EntryError(`Cannot render ${file}: expected YAML frontmatter at the start, got ${first ? `\`${first.type}\`` : 'an empty file'}`);
  }
  if (extra) {
    throw new EntryError(`Cannot render ${file}:${extra.position?.start.line ?? '?'}: expected one frontmatter block, got a second one`);
  }
  return parseFrontmatter(first.value, file);
}

/**
 * Parses frontmatter YAML (1.2, unique keys). js-yaml reads the emitter's
 * output about 8× faster than `yaml` and gives the same values for it; any
 * block it refuses, or that is not a mapping, is parsed again by `yaml`, whose
 * result and error messages stay authoritative.
 */
function parseFrontmatter(yaml: string, file: string): unknown {
  let fast: unknown;
  try {
    fast = loadYamlFast(yaml, { schema: CORE_SCHEMA, filename: file });
  } catch {
    // js-yaml is only the fast path; `yaml` below decides and words the error.
    fast = undefined;
  }
  if (fast !== null && typeof fast === 'object' && !Array.isArray(fast)) return fast;
  try {
    // Frontmatter starts after the opening `---` line, so YAML line n is file line n + 1.
    return parseYaml(yaml, { version: '1.2', prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    const line = (error as { linePos?: [{ line: number; col: number }] }).linePos?.[0];
    const where = line ? `${file}:${line.line + 1}:${line.col}` : file;
    throw new EntryError(`Cannot render ${where}: expected valid YAML frontmatter, got ${String(error)}`, { cause: error });
  }
}
