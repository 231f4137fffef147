import type { SlugRegistry } from '../dedupe/assign-slugs.ts';
import { paperDigest, startEmitPapers } from '../emit/emit-papers.ts';
import type { GraphLayouts } from '../layout/layout-catalogue-graphs.ts';
import type { Redirect } from '../redirects/update-redirects.ts';
import type { DumpSummary, EnrichedPaper, Keyword, KeywordGraph, Topic, TopicQuality } from '../model.ts';
import type { TopicSeed } from '../enrich/compute-basis.ts';
import type { KeptFile } from './write-content-fs.ts';

/** Everything the pipeline publishes into `content/`. */
export interface Catalogue {
  papers: readonly EnrichedPaper[];
  topics: readonly Topic[];
  keywords: readonly Keyword[];
  graph: KeywordGraph;
  quality: TopicQuality;
  summaries: readonly DumpSummary[];
  registry: SlugRegistry;
  /** Old URLs that lead to live pages, kept from build to build (none when absent). */
  redirects?: readonly Redirect[];
  /** The dumps that formed the enrichment's basis and its topics before curation (none for an empty catalogue). */
  basis?: { dumps: readonly string[]; seed: TopicSeed; source?: 'computed' | 'stored' };
}

/** Folder (under `content/`) of the generated paper entries. */
export const PAPERS_DIR = 'papers';
/** Folder (under `content/`) of the generated catalogue data. */
export const CATALOGUE_DIR = 'catalogue';
/** File (under `content/`) of the slug registry, kept from build to build. */
export const SLUG_REGISTRY_FILE = 'slugs.json';
/** File (under `content/`) of the redirects of gone pages, kept from build to build. */
export const REDIRECTS_FILE = 'redirects.json';
/** File (under `content/`) of the enrichment's basis: its dumps and topics, kept from build to build. */
export const BASIS_FILE = 'basis.json';
/** File (under `content/`) of the maintainers' curation rules (read, never written). */
export const CURATION_FILE = 'curation.yaml';

/**
 * The files of a catalogue, by path relative to `content/`, in a stable order.
 *
 * Paper entries are MDX generated from syntax trees ({@link startEmitPapers}, on two threads for a large catalogue, the data files made while the worker emits its share); data
 * files are JSON, one item per line ({@link toJson}). Array items carry an `id` because Astro's
 * `file()` loader keys entries by it. Each graph is published with its layout
 * (`graphLayout`), which pages draw as it is.
 *
 * @param catalogue The enriched catalogue.
 * @param layouts The layouts of its graphs (`layoutCatalogueGraphs(catalogue)`).
 * @param keep The entry of a paper as it already is on disk, given its path and the paper's
 *   `paperDigest`, when it was made from that paper (e.g. by the last build, `keptIfUnchanged`):
 *   such an entry is not emitted again. By default every entry is emitted.
 * @returns Map from relative path (POSIX separators) to file text, or to the kept entry.
 * @throws {Error} When `layouts` has no layout for one of the topics.
 */
export function catalogueFiles(
  catalogue: Catalogue,
  layouts: GraphLayouts,
  keep: (file: string, source: string) => KeptFile | undefined = () => undefined,
): Map<string, string | KeptFile> {
  const kept = catalogue.papers.map((paper) => keep(entryPath(paper), paperDigest(paper)));
  const emitting = startEmitPapers(catalogue.papers.filter((_, i) => kept[i] === undefined));
  const data = dataFiles(catalogue, layouts);
  const texts = emitting.result();
  const files = new Map<string, string | KeptFile>();
  let next = 0;
  catalogue.papers.forEach((paper, i) => files.set(entryPath(paper), kept[i] ?? texts[next++]!));
  for (const [file, text] of data) files.set(file, text);
  return files;
}

/** The catalogue's data files (everything but the paper entries), in a stable order. */
function dataFiles(catalogue: Catalogue, layouts: GraphLayouts): Map<string, string> {
  const files = new Map<string, string>();
  const layoutOf = (slug: string) => {
    const layout = layouts.topics.get(slug);
    if (layout === undefined) throw new Error(`Cannot write topics.json: expected a graph layout of topic "${slug}", got none`);
    return layout;
  };
  files.set(
    `${CATALOGUE_DIR}/topics.json`,
    toJson(catalogue.topics.map((topic) => ({ id: topic.slug, ...topic, graphLayout: layoutOf(topic.slug) }))),
  );
  files.set(
    `${CATALOGUE_DIR}/keywords.json`,
    toJson(catalogue.keywords.map((keyword) => ({ id: keyword.slug, ...keyword }))),
  );
  files.set(`${CATALOGUE_DIR}/dumps.json`, toJson(catalogue.summaries));
  files.set(
    `${CATALOGUE_DIR}/overview.json`,
    toJson([
      {
        id: 'catalogue',
        papers: catalogue.papers.length,
        topics: catalogue.topics.length,
        keywords: catalogue.keywords.length,
        dumps: catalogue.summaries.map((summary) => summary.id),
        latestDump: catalogue.summaries.at(-1)?.id ?? null,
        quality: catalogue.quality,
        graph: catalogue.graph,
        graphLayout: layouts.catalogue,
      },
    ]),
  );
  files.set(SLUG_REGISTRY_FILE, toJson(catalogue.registry));
  if (catalogue.basis) files.set(BASIS_FILE, toJson({ dumps: catalogue.basis.dumps, topics: catalogue.basis.seed.topics }));
  files.set(
    REDIRECTS_FILE,
    toJson((catalogue.redirects ?? []).map((redirect) => ({ id: redirect.from.replace(/^\/|\/$/g, ''), ...redirect }))),
  );
  return files;
}

/** Path of a paper's entry, relative to `content/`. */
export function entryPath(paper: Pick<EnrichedPaper, 'topic' | 'slug'>): string {
  return `${PAPERS_DIR}/${paper.topic}/${paper.slug}.mdx`;
}

/**
 * JSON with one array item (or one property of an object) per line: a new dump changes the lines
 * of the items it touches, so diffs stay readable, and the file is smaller and faster to write
 * than indented JSON (10k papers: topics and keywords 19 MB against 26 MB, ~0.2 s against ~0.47 s).
 */
export function toJson(value: unknown): string {
  // What JSON.stringify does with values JSON has no place for: null in an array, left out of an object.
  if (Array.isArray(value)) return value.length === 0 ? '[]\n' : `[\n${value.map((item) => JSON.stringify(item) ?? 'null').join(',\n')}\n]\n`;
  if (typeof value === 'object' && value !== null) {
    const lines = Object.entries(value).flatMap(([key, item]) => {
      const json = JSON.stringify(item) as string | undefined;
      return json === undefined ? [] : [`${JSON.stringify(key)}: ${json}`];
    });
    return lines.length === 0 ? '{}\n' : `{\n${lines.join(',\n')}\n}\n`;
  }
  return `${JSON.stringify(value)}\n`;
}
