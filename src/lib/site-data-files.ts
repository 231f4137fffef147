/**
 * Every data file of the site — what is made from the catalogue and is not a page: the
 * exports (`/papers.json`, `/topics.json`), the feeds (`/feed.xml`, per dump, topic and keyword),
 * the per-dump and per-topic downloads (`papers.csv`, `papers.jsonl`; a keyword has none, see
 * view-files.ts), the sitemap and the find-similar index (`/similar/*.json`). Pure: the caller
 * reads the catalogue from the content and writes the files.
 *
 * Why not Astro endpoints: `astro build` renders routes one after another on one core, so every
 * file it makes adds to the build's critical path, while these are pure functions of the
 * content. `scripts/build-site.ts` writes them on the second core while astro renders the pages
 * (measured at 10k papers: the find-similar index alone took 1.7 s and the dump feeds and
 * downloads 3 s of astro's single thread). The bytes are those the endpoints wrote (same builders).
 */
import type { z } from 'astro/zod';
import type { dumpSummarySchema, keywordSchema, overviewSchema, topicSchema } from '../schemas/catalogue.ts';
import type { PaperEntry } from '../schemas/paper-entry.ts';
import { buildPapersExport, buildTopicsExport, papersExportChunks, serializeExport, type ExportContext } from './export-catalogue.ts';
import type { PapersExport, TopicsExport } from './export-schema.ts';
import { absoluteUrl } from './export-urls.ts';
import { serializeView, viewExportPath, viewRows, type ViewFormat } from './export-view.ts';
import { buildAtomFeed } from './feed-atom.ts';
import { papersOfDump } from './feed-collect.ts';
import { buildDumpFeed, dumpFeedPath, type FeedPaper } from './feed-papers.ts';
import { catalogueSitemapUrls, sitemapFiles, sitemapPartPath } from './feed-sitemap.ts';
import { pickByKeys } from './index-by.ts';
import { dumpPath, paperPath } from './routes.ts';
import { buildSimilarIndex } from './similar-index.ts';
import type { SiteAddress } from './site-address.ts';
import { sortPapers } from './sort-papers.ts';
import { viewFiles } from './view-files.ts';

/** The published catalogue as the content holds it, indexed like `loadCatalogue()` indexes the collections. */
export interface SiteCatalogue {
  /** Paper entries (frontmatter only, without `source`, which no data file reads) by slug, as `{ id, data }` like collection entries. */
  papers: ReadonlyMap<string, { id: string; data: Omit<PaperEntry, 'source'> }>;
  topics: ReadonlyMap<string, z.infer<typeof topicSchema>>;
  keywords: ReadonlyMap<string, z.infer<typeof keywordSchema>>;
  dumps: ReadonlyMap<string, z.infer<typeof dumpSummarySchema>>;
  overview: z.infer<typeof overviewSchema>;
}

/** Both exports of a catalogue: what `/papers.json` and `/topics.json` hold. */
export interface CatalogueExports {
  papers: PapersExport;
  topics: TopicsExport;
}

/**
 * One data file at a site-relative path (without the base): its text, or its pieces (text or
 * UTF-8 bytes) to be written one after the other — an array when they are made already, any
 * other iterable when they are made while the file is written.
 */
export interface SiteDataFile {
  path: string;
  body: string | Iterable<string | Uint8Array>;
}

/** Papers of `/papers.json` serialised per chunk of text handed to the writer. */
const PAPERS_PER_CHUNK = 500;

/** The export context of a catalogue published at `address`. */
export function exportContext(catalogue: SiteCatalogue, address: SiteAddress): ExportContext {
  const { dumps, latestDump, quality } = catalogue.overview;
  return { ...address, dumps, latestDump, quality };
}

/** Builds both exports (the same builders as the pages' catalogue; equal catalogues give equal exports). */
export function catalogueExports(catalogue: SiteCatalogue, address: SiteAddress): CatalogueExports {
  const context = exportContext(catalogue, address);
  const papers = [...catalogue.papers.values()].map((entry) => entry.data);
  const topics = [...catalogue.topics.values()];
  return { papers: buildPapersExport(papers, topics, context), topics: buildTopicsExport(topics, context) };
}

/**
 * Every data file of the catalogue, in a fixed order: exports, site feed, sitemap, dump views,
 * find-similar index, then the topic and keyword views ({@link viewFiles}).
 *
 * @param catalogue The catalogue read from the content.
 * @param exports {@link catalogueExports} of the same catalogue and address.
 * @param address Where the site is published (absolute URLs in feeds, exports and the sitemap).
 * @throws {Error} When the catalogue is inconsistent (a dump or topic lists a paper that has no entry).
 */
export function* siteDataFiles(catalogue: SiteCatalogue, exports: CatalogueExports, address: SiteAddress): Generator<SiteDataFile> {
  const { site, base } = address;
  const context = exportContext(catalogue, address);
  const papers = [...catalogue.papers.values()].map((entry) => entry.data);
  const topics = [...catalogue.topics.values()];
  const topicLabels = new Map(topics.map((topic) => [topic.slug, topic.label]));
  const feedPapers = new Map<string, FeedPaper>(papers.map((paper) => [paper.slug, paper]));
  const { overview } = catalogue;

  yield { path: '/papers.json', body: papersJsonChunks(papersExportChunks(papers, topics, context)) };
  yield { path: '/topics.json', body: serializeExport(exports.topics) };

  // The site feed: papers new in the latest dump. An empty catalogue still gets a valid, empty feed.
  const latest = overview.latestDump ? catalogue.dumps.get(overview.latestDump) : undefined;
  if (overview.latestDump && !latest) throw new Error(`Cannot build /feed.xml: expected dump "${overview.latestDump}" in dumps.json, got none`);
  yield {
    path: '/feed.xml',
    body: buildAtomFeed(
      buildDumpFeed({
        dump: latest?.id ?? '',
        dumps: latest ? overview.dumps : [''],
        papers: dumpPapers(latest?.newPapers ?? [], feedPapers, '/feed.xml'),
        topicLabels,
        feedPath: '/feed.xml',
        pagePath: '/',
        title: 'Paper Atlas — new papers',
        subtitle: latest ? `Papers first seen in the latest dump, ${latest.id}` : 'No dumps yet',
        site,
        base,
      }),
    ),
  };

  const urls = catalogueSitemapUrls(catalogue, site, base);
  const sitemap = sitemapFiles(urls, (part) => absoluteUrl(site, base, sitemapPartPath(part)));
  yield { path: '/sitemap.xml', body: sitemap.main };
  for (const [index, body] of sitemap.parts.entries()) yield { path: sitemapPartPath(index + 1), body };

  const paperUrl = (slug: string) => absoluteUrl(site, base, paperPath(slug));
  for (const dump of catalogue.dumps.values()) {
    const feedPath = dumpFeedPath(dump.id);
    yield {
      path: feedPath,
      body: buildAtomFeed(
        buildDumpFeed({
          dump: dump.id,
          dumps: overview.dumps,
          papers: dumpPapers(dump.newPapers, feedPapers, feedPath),
          topicLabels,
          feedPath,
          pagePath: dumpPath(dump.id),
          title: `Paper Atlas — papers new in ${dump.id}`,
          site,
          base,
        }),
      ),
    };
    const rows = viewRows(
      sortPapers(pickByKeys(catalogue.papers, dump.newPapers)).map((entry) => entry.data),
      topicLabels,
      paperUrl,
    );
    for (const format of ['jsonl', 'csv'] as const satisfies ViewFormat[]) {
      yield { path: viewExportPath(dumpPath(dump.id), format), body: serializeView(rows, format) };
    }
  }

  const similar = buildSimilarIndex(papers);
  yield { path: '/similar/terms.json', body: serializeExport(similar.terms) };
  for (const [index, shard] of similar.titleShards.entries()) yield { path: `/similar/titles-${index}.json`, body: serializeExport(shard) };
  for (const [index, shard] of similar.vectorShards.entries()) yield { path: `/similar/vectors-${index}.json`, body: serializeExport(shard) };

  yield* viewFiles({ papers: exports.papers.papers, topics: exports.topics.topics, dumps: exports.papers.dumps, site, base });
}

/** The papers a dump added, in its order. */
function dumpPapers(newPapers: readonly string[], bySlug: ReadonlyMap<string, FeedPaper>, feedPath: string): FeedPaper[] {
  const { papers, missing } = papersOfDump(newPapers, bySlug);
  if (missing.length > 0) throw new Error(`Cannot build ${feedPath}: expected paper entries for ${missing.join(', ')}, got none`);
  return papers;
}

/** `/papers.json` in chunks of {@link PAPERS_PER_CHUNK} papers: ~300 MB at 100k is never one string. */
function* papersJsonChunks(chunks: Iterator<string>): Generator<string> {
  let text = '';
  let count = 0;
  for (let next = chunks.next(); !next.done; next = chunks.next()) {
    text += next.value;
    if (++count === PAPERS_PER_CHUNK) {
      yield text;
      text = '';
      count = 0;
    }
  }
  if (text !== '') yield text;
}
