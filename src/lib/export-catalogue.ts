import type { KeywordRef, Topic, TopicQuality } from '../../scripts/lib/model.ts';
import type { PaperEntry } from '../schemas/paper-entry.ts';
import { absoluteUrl } from './export-urls.ts';
import type { ExportHeader, PaperExport, PapersExport, TopicExport, TopicsExport } from './export-schema.ts';
import { paperPath, topicPath } from './routes.ts';

/** Catalogue-wide facts and URL settings every export needs. */
export interface ExportContext {
  /** Astro's `site`. */
  site: URL | string | undefined;
  /** Astro's base path. */
  base: string;
  /** Dump ids in order. */
  dumps: readonly string[];
  latestDump: string | null;
  quality: TopicQuality;
}

/** The fields of a paper entry an export reads. */
export type PaperExportSource = Pick<
  PaperEntry,
  'slug' | 'title' | 'topic' | 'keywords' | 'related' | 'codeLinks' | 'dumps' | 'firstSeen' | 'abstractText'
>;

/**
 * Builds `/papers.json`: every paper with its absolute URL, topic label and
 * links, ordered by slug. Pure and free of timestamps, so equal catalogues give
 * byte-identical files.
 *
 * @throws {Error} When a paper names a topic that is not in `topics` (a broken catalogue).
 */
export function buildPapersExport(
  papers: readonly PaperExportSource[],
  topics: readonly Pick<Topic, 'slug' | 'label'>[],
  context: ExportContext,
): PapersExport {
  const toExport = paperExporter(topics, context);
  const entries = [...papers].sort((a, b) => compare(a.slug, b.slug)).map(toExport);
  return { ...exportHeader(context), papers: entries };
}

/**
 * `/papers.json` as a sequence of text chunks whose concatenation is exactly
 * `serializeExport(buildPapersExport(papers, topics, context))`: the header,
 * then one paper at a time. At 100k papers the file is ~300 MB; built whole
 * it is one string near V8's length limit (twice that as UTF-16) plus every
 * paper's export object at once, while chunks can be encoded and written as
 * they come.
 *
 * @throws {Error} As {@link buildPapersExport}, when the first chunk naming an unknown topic is made.
 */
export function* papersExportChunks(
  papers: readonly PaperExportSource[],
  topics: readonly Pick<Topic, 'slug' | 'label'>[],
  context: ExportContext,
): Generator<string> {
  const toExport = paperExporter(topics, context);
  const header = serializeExport({ ...exportHeader(context), papers: [] });
  // `…,"papers":[]}\n` → `…,"papers":[` + papers + `]}\n`.
  yield header.slice(0, -'[]}\n'.length) + '[';
  const sorted = [...papers].sort((a, b) => compare(a.slug, b.slug));
  for (let i = 0; i < sorted.length; i++) {
    const json = serializeExport(toExport(sorted[i]!)).slice(0, -1);
    yield i === 0 ? json : `,${json}`;
  }
  yield ']}\n';
}

function paperExporter(
  topics: readonly Pick<Topic, 'slug' | 'label'>[],
  context: ExportContext,
): (paper: PaperExportSource) => PaperExport {
  const topicRefs = new Map<string, KeywordRef>(topics.map((topic) => [topic.slug, { slug: topic.slug, label: topic.label }]));
  return (paper) => {
    const topic = topicRefs.get(paper.topic);
    if (!topic) {
      throw new Error(`Cannot export paper ${paper.slug}: expected its topic "${paper.topic}" in topics.json, got no such topic`);
    }
    return {
      slug: paper.slug,
      url: absoluteUrl(context.site, context.base, paperPath(paper.slug)),
      title: paper.title,
      abstract: paper.abstractText,
      topic,
      keywords: paper.keywords.map(({ slug, label }) => ({ slug, label })),
      related: paper.related.map(({ slug, score }) => ({ slug, score })),
      codeLinks: [...paper.codeLinks],
      dumps: [...paper.dumps],
      firstSeen: paper.firstSeen,
    };
  };
}

/**
 * Builds `/topics.json`: every topic with its absolute URL, size and graph,
 * ordered by slug. Pure, no timestamps.
 */
export function buildTopicsExport(topics: readonly Topic[], context: ExportContext): TopicsExport {
  const entries = [...topics].sort((a, b) => compare(a.slug, b.slug)).map(
    (topic): TopicExport => ({
      slug: topic.slug,
      url: absoluteUrl(context.site, context.base, topicPath(topic.slug)),
      label: topic.label,
      keywords: topic.keywords.map(({ slug, label }) => ({ slug, label })),
      papers: [...topic.papers],
      size: topic.papers.length,
      npmi: topic.npmi,
      miscellany: topic.miscellany,
      related: [...topic.related],
      graph: {
        nodes: topic.graph.nodes.map(({ id, label, papers }) => ({ id, label, papers })),
        edges: topic.graph.edges.map(({ source, target, papers, weight }) => ({ source, target, papers, weight })),
      },
    }),
  );
  return { ...exportHeader(context), topics: entries };
}

/**
 * Serialises an export: compact JSON with a final newline. Keys come out in
 * the builders' fixed order; `<` is escaped so the file is also safe to inline.
 */
export function serializeExport(value: unknown): string {
  return `${JSON.stringify(value).replace(/</g, '\\u003c')}\n`;
}

function exportHeader(context: ExportContext): ExportHeader {
  const { topics, meanNpmi, diversity } = context.quality;
  return { version: 1, dumps: [...context.dumps], latestDump: context.latestDump, quality: { topics, meanNpmi, diversity } };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
