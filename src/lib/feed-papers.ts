import type { PaperEntry } from '../schemas/paper-entry.ts';
import type { AtomEntry, AtomFeed } from './feed-atom.ts';
import { absoluteUrl } from './export-urls.ts';
import { dumpPath, paperPath } from './routes.ts';

/**
 * Dumps carry no dates and builds must not read the clock, so a dump's
 * `updated` date is synthetic: this epoch plus the dump's position in the
 * catalogue's dump order, in days (dump 0 → 2000-01-01T00:00:00Z, dump 1 →
 * 2000-01-02…). Readers only need the order to be right; the year 2000 makes
 * it obvious the date is not a publication date.
 */
export const FEED_EPOCH_MS = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;

/**
 * The synthetic `updated` date of a dump (see {@link FEED_EPOCH_MS}).
 *
 * @throws {Error} When `dump` is not one of `dumps`.
 */
export function dumpUpdated(dumps: readonly string[], dump: string): string {
  const position = dumps.indexOf(dump);
  if (position < 0) throw new Error(`Cannot date dump "${dump}": expected one of ${dumps.length} catalogue dumps, got an unknown id`);
  return new Date(FEED_EPOCH_MS + position * DAY_MS).toISOString().replace('.000Z', 'Z');
}

/** The paper fields a feed entry reads. */
export type FeedPaper = Pick<PaperEntry, 'slug' | 'title' | 'abstractText' | 'firstSeen' | 'topic'>;

/** Inputs of {@link buildDumpFeed}. */
export interface DumpFeedInput {
  /** The dump whose new papers the feed lists. */
  dump: string;
  /** All dump ids, in order (for dates). */
  dumps: readonly string[];
  /** The dump's new papers, in the order they appear in the dump. */
  papers: readonly FeedPaper[];
  /** Topic labels by slug, for entry categories. */
  topicLabels: ReadonlyMap<string, string>;
  /** Site-relative path of the feed itself, e.g. `/feed.xml`. */
  feedPath: string;
  /** Site-relative path of the HTML page the feed mirrors. */
  pagePath: string;
  title: string;
  subtitle?: string;
  /** Astro's `site` and base. */
  site: URL | string | undefined;
  base: string;
}

/**
 * Builds the Atom feed model of one dump's new papers. Entry ids are the papers'
 * absolute URLs (slugs never change); every date is {@link dumpUpdated} of the paper's first dump.
 */
export function buildDumpFeed(input: DumpFeedInput): AtomFeed {
  const url = (path: string) => absoluteUrl(input.site, input.base, path);
  const entries: AtomEntry[] = input.papers.map((paper) => ({
    id: url(paperPath(paper.slug)),
    title: paper.title,
    link: url(paperPath(paper.slug)),
    summary: paper.abstractText,
    updated: dumpUpdated(input.dumps, paper.firstSeen),
    categories: [{ term: paper.topic, label: input.topicLabels.get(paper.topic) ?? paper.topic }],
  }));
  return {
    id: url(input.feedPath),
    title: input.title,
    ...(input.subtitle ? { subtitle: input.subtitle } : {}),
    selfUrl: url(input.feedPath),
    alternateUrl: url(input.pagePath),
    updated: dumpUpdated(input.dumps, input.dump),
    author: 'Paper Atlas',
    entries,
  };
}

/** Site-relative path of a dump's feed. */
export function dumpFeedPath(id: string): string {
  return `${dumpPath(id)}feed.xml`;
}
