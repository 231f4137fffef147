import type { PhrasingContent, Root } from 'mdast';
import { stringify } from 'yaml';
import type { PaperEntry } from '../../../src/schemas/paper-entry.ts';
import type { EnrichedPaper, Inline } from '../model.ts';

/**
 * Settings of the YAML serializer for frontmatter.
 *
 * - `version: '1.1'` quotes every string that a YAML 1.1 *or* 1.2 reader would
 *   take for something else (`yes`, `on`, `000`, `1:20`, `null`, `~`,
 *   `2024-01-01`); the output reads back the same under both versions.
 * - `lineWidth: 0`, `blockQuote: false`, `singleQuote: false` and
 *   `doubleQuotedAsJSON: true` write every string on its own `key:` or item
 *   line, line breaks as `\n`, so no line of the block can ever be `---` and
 *   close the frontmatter early. The library quotes any string that would
 *   otherwise read as something else (`&a`, `*a`, `: `, ` #`, leading or
 *   trailing spaces).
 * - `aliasDuplicateObjects: false` never writes anchors and aliases, even when
 *   two fields share one object.
 * - `sortMapEntries: false` keeps the key order of {@link frontmatterOf}.
 */
export const YAML_OPTIONS = {
  version: '1.1',
  lineWidth: 0,
  minContentWidth: 0,
  blockQuote: false,
  singleQuote: false,
  doubleQuotedAsJSON: true,
  aliasDuplicateObjects: false,
  sortMapEntries: false,
  indent: 2,
  indentSeq: true,
} as const;

/**
 * The mdast tree of one generated paper entry: YAML frontmatter holding
 * exactly the fields of `paperEntrySchema`, then the abstract as one paragraph.
 *
 * @param paper An enriched paper; it needs at least one occurrence.
 * @returns A `Root` with a `yaml` node and a `paragraph` of `text`,
 *   `emphasis` and `inlineMath` nodes (no paragraph for an empty abstract);
 *   serialise it with `serializeMdx`. Empty runs are dropped, touching math
 *   runs are joined into one formula and touching emphasis runs into one emphasis.
 * @throws {Error} When the paper has no occurrence (a bug of the dedupe stage).
 */
export function paperToMdast(paper: EnrichedPaper): Root {
  const yaml = frontmatterYaml(frontmatterOf(paper));
  const children: Root['children'] = [{ type: 'yaml', value: yaml.endsWith('\n') ? yaml.slice(0, -1) : yaml }];
  const abstract = joinTouchingRuns(paper.abstract.filter((run) => run.value !== '')).map(inlineToMdast);
  if (abstract.length > 0) children.push({ type: 'paragraph', children: abstract });
  return { type: 'root', children };
}

/** Most serialised fields remembered; the topics, keywords and dumps of 100k papers fit. */
const FIELD_CACHE_LIMIT = 200_000;
const fieldCache = new Map<string, string>();

/** Fields whose values (or list items) repeat across papers, so their YAML is remembered. */
const REPEATING_FIELDS: ReadonlySet<string> = new Set(['topic', 'keywords', 'dumps', 'firstSeen']);

/**
 * List fields whose items are small maps that rarely repeat but whose values do (`related`:
 * each slug is related to several papers, scores have four decimals), so the YAML of each
 * pair of an item is remembered instead.
 */
const PAIRWISE_FIELDS: ReadonlySet<string> = new Set(['related']);

/**
 * The YAML of a block map, as `stringify(entry, YAML_OPTIONS)` writes it, but
 * faster. In a block map every pair is `key: value` on its own lines and every
 * item of a block sequence is `  - item` on its own lines, and how a value is
 * written (plain or quoted) depends only on the value and where it stands. So
 * runs of pairs can be serialised apart and joined, and the pairs of
 * {@link REPEATING_FIELDS} are serialised once per distinct value (lists: per
 * distinct item, in a one-item list of the same key). Likewise every pair of a
 * block map that is an item of a block sequence stands on its own lines: the
 * items of {@link PAIRWISE_FIELDS} are written pair by pair, each pair
 * serialised once per distinct key and value. Tests check the result byte for
 * byte against one `stringify` of the whole object.
 */
export function frontmatterYaml(
  entry: object,
  repeating: ReadonlySet<string> = REPEATING_FIELDS,
  pairwise: ReadonlySet<string> = PAIRWISE_FIELDS,
): string {
  let yaml = '';
  let run: Record<string, unknown> = {};
  let runLength = 0;
  const flush = () => {
    if (runLength > 0) yaml += stringify(run, YAML_OPTIONS);
    run = {};
    runLength = 0;
  };
  for (const [key, value] of Object.entries(entry)) {
    if (pairwise.has(key) && !repeating.has(key) && isListOfScalarMaps(value)) {
      flush();
      yaml += `${key}:\n`;
      for (const item of value) {
        let first = true;
        for (const [field, scalar] of Object.entries(item)) {
          yaml += cachedPair(key, field, scalar, first);
          first = false;
        }
      }
      continue;
    }
    if (!repeating.has(key) || (value !== null && typeof value === 'object' && !Array.isArray(value))) {
      run[key] = value;
      runLength += 1;
      continue;
    }
    flush();
    if (Array.isArray(value) && value.length > 0) {
      yaml += `${key}:\n`;
      for (const item of value) yaml += cachedField(key, [item], `${key}:\n`.length);
    } else {
      yaml += cachedField(key, value, 0);
    }
  }
  flush();
  return yaml;
}

/** True for a non-empty list of non-empty maps whose values are all strings or finite numbers. */
function isListOfScalarMaps(value: unknown): value is Record<string, string | number>[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  return value.every((item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item) || Object.getPrototypeOf(item) !== Object.prototype) return false;
    const values = Object.values(item);
    return values.length > 0 && values.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
  });
}

/**
 * The lines of pair `field: value` of an item of list `key`: `  - field: value` when it is the
 * item's first pair, `    field: value` otherwise; remembered by key, field, value and place.
 */
function cachedPair(key: string, field: string, value: string | number, first: boolean): string {
  const id = `${key}\u0000${field}\u0000${first ? 1 : 0}\u0000${JSON.stringify(value)}`;
  let text = fieldCache.get(id);
  if (text === undefined) {
    const item = stringify({ [key]: [{ [field]: value }] }, YAML_OPTIONS).slice(`${key}:\n`.length);
    text = first ? item : `    ${item.slice('  - '.length)}`;
    if (fieldCache.size < FIELD_CACHE_LIMIT) fieldCache.set(id, text);
  }
  return text;
}

/** `stringify({ [key]: value })` without its first `skip` characters, remembered by key and value. */
function cachedField(key: string, value: unknown, skip: number): string {
  const id = `${key}\u0000${JSON.stringify(value)}`;
  let text = fieldCache.get(id);
  if (text === undefined) {
    text = stringify({ [key]: value }, YAML_OPTIONS).slice(skip);
    if (fieldCache.size < FIELD_CACHE_LIMIT) fieldCache.set(id, text);
  }
  return text;
}

/**
 * The frontmatter object of a paper, keys in the order of `paperEntrySchema`.
 * Every nested value is copied field by field so nothing but schema fields
 * reaches the entry.
 */
function frontmatterOf(paper: EnrichedPaper): PaperEntry {
  const first = paper.occurrences[0];
  if (first === undefined) {
    throw new Error(`Cannot emit paper "${paper.slug}": expected at least one occurrence, got none`);
  }
  return {
    title: paper.title,
    slug: paper.slug,
    topic: paper.topic,
    keywords: paper.keywords.map(({ slug, label }) => ({ slug, label })),
    related: paper.related.map(({ slug, score }) => ({ slug, score })),
    codeLinks: [...paper.codeLinks],
    dumps: [...paper.dumps],
    firstSeen: paper.firstSeen,
    abstractText: paper.abstractText,
    source: {
      dump: first.dump,
      line: first.line,
      title: paper.original.title,
      abstract: paper.original.abstract,
    },
  };
}

/**
 * Runs that touch are joined. Math runs into one formula, each part a TeX group (`{a}{b}`):
 * written apart they would be `$a$$b$`, which reads back as the single formula `a$$b`.
 * Emphasis runs into one emphasis: written apart, the second gets the other marker
 * (`*a*_b_`), and an `_` marker beside characters the serialiser then encodes as references
 * can read back as different emphasis (found by the round-trip property test). Run after
 * dropping empty runs, which would otherwise keep two apart.
 */
function joinTouchingRuns(runs: Inline[]): Inline[] {
  const joined: Inline[] = [];
  for (const run of runs) {
    const previous = joined.at(-1);
    if (run.type === 'math' && previous?.type === 'math') {
      joined[joined.length - 1] = { type: 'math', value: `{${previous.value}}{${run.value}}` };
    } else if (run.type === 'emphasis' && previous?.type === 'emphasis') {
      joined[joined.length - 1] = { type: 'emphasis', value: `${previous.value}${run.value}` };
    } else {
      joined.push(run);
    }
  }
  return joined;
}

/** One cleaned inline run as mdast phrasing content; math is TeX source without delimiters. */
function inlineToMdast(run: Inline): PhrasingContent {
  switch (run.type) {
    case 'text':
      return { type: 'text', value: run.value };
    case 'emphasis':
      return { type: 'emphasis', children: [{ type: 'text', value: run.value }] };
    case 'math':
      return { type: 'inlineMath', value: run.value };
  }
}
