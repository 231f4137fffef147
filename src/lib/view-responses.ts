/**
 * The responses of the per-view endpoints (a topic, a keyword or a dump): its papers as
 * JSONL/CSV and as an Atom feed. One place, so the three kinds of view cannot drift apart.
 */
import { absoluteUrl } from './export-urls.ts';
import { buildAtomFeed } from './feed-atom.ts';
import { buildDumpFeed } from './feed-papers.ts';
import { serializeView, viewRows, VIEW_FEED_LIMIT, VIEW_FORMATS, type ViewFormat } from './export-view.ts';
import { pickByKeys } from './index-by.ts';
import type { Catalogue } from './load-catalogue.ts';
import { paperPath } from './routes.ts';
import { sortPapers } from './sort-papers.ts';

/** The formats a view can be downloaded in, as `[format]` route parameters. */
export const VIEW_FORMAT_NAMES = Object.keys(VIEW_FORMATS) as ViewFormat[];

const topicLabelsOf = (catalogue: Catalogue) => new Map([...catalogue.topics].map(([slug, topic]) => [slug, topic.label]));

/**
 * The view's papers, in page order, as JSON Lines or CSV.
 *
 * @param catalogue The loaded catalogue.
 * @param paperSlugs Slugs of the view's papers.
 * @param format `jsonl` or `csv`.
 * @param site The site URL of the build (`Astro.site`).
 */
export function viewExportResponse(catalogue: Catalogue, paperSlugs: readonly string[], format: ViewFormat, site: URL | undefined): Response {
  const rows = viewRows(
    sortPapers(pickByKeys(catalogue.papers, paperSlugs)).map((entry) => entry.data),
    topicLabelsOf(catalogue),
    (slug) => absoluteUrl(site, import.meta.env.BASE_URL, paperPath(slug)),
  );
  return new Response(serializeView(rows, format), { headers: { 'Content-Type': VIEW_FORMATS[format].type } });
}

/** What {@link viewFeedResponse} needs to know of the view. */
export interface FeedView {
  /** Slugs of the view's papers. */
  paperSlugs: readonly string[];
  /** Site-relative path of the view's page; the feed is `<pagePath>feed.xml`. */
  pagePath: string;
  /** Feed title. */
  title: string;
}

/**
 * Atom feed of the view's newest papers (at most {@link VIEW_FEED_LIMIT}), with abstracts.
 *
 * @param catalogue The loaded catalogue.
 * @param view The view.
 * @param site The site URL of the build (`Astro.site`).
 */
export function viewFeedResponse(catalogue: Catalogue, view: FeedView, site: URL | undefined): Response {
  const { overview } = catalogue;
  // Newest first (sortPapers), capped: a reader subscribes to what is new.
  const newest = sortPapers(pickByKeys(catalogue.papers, view.paperSlugs)).slice(0, VIEW_FEED_LIMIT).map((entry) => entry.data);
  const feed = buildDumpFeed({
    // The feed is as recent as its newest paper; an empty one is dated at the first dump.
    dump: newest[0]?.firstSeen ?? overview.dumps[0] ?? '',
    dumps: overview.dumps.length > 0 ? overview.dumps : [''],
    papers: newest,
    topicLabels: topicLabelsOf(catalogue),
    feedPath: `${view.pagePath}feed.xml`,
    pagePath: view.pagePath,
    title: view.title,
    subtitle: `The ${VIEW_FEED_LIMIT} newest papers at most, with abstracts`,
    site,
    base: import.meta.env.BASE_URL,
  });
  return new Response(buildAtomFeed(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
