/**
 * The downloads and feeds of every topic and keyword view, made from the published catalogue
 * (`/papers.json`, `/topics.json`): per topic `<view>/papers.csv`, `<view>/papers.jsonl` and
 * `<view>/feed.xml`, per keyword the feed only. Pure: the caller reads the exports and writes
 * the files.
 *
 * Why keywords have no CSV or JSON Lines file: each one repeats its papers' whole abstracts,
 * so at 10k papers the keywords' downloads were 16,690 of the site's 25,730 data files and
 * 218 of its 414 MB (MiB, as the build prints them), and at 100k most of the ~2.7 GB of
 * per-view downloads in 3.4 GB of data files (GitHub Pages refuses sites over 1 GB).
 * A keyword page links the search page filtered to the keyword instead, whose "Download
 * results" writes the same rows in the browser (`src/scripts/export-results.ts`).
 *
 * Why not Astro endpoints: a catalogue has a view per topic and per keyword (8,500 at 10k
 * papers, 9,700 at 100k), then with three files each. As endpoints every row was rebuilt for
 * every view it is in and each file paid Astro's per-route overhead: `astro build` of a 10k
 * catalogue took 67.7 s with them and 54.9 s without (quiet machine; the second also has faster
 * graph layouts). Here each paper's CSV row, JSON line and Atom entry is serialised and UTF-8
 * encoded once and reused by all its views, with the same bytes the endpoints wrote
 * (`export-view.ts`, `feed-atom.ts`): at 100k papers the views held 3.6 GB with the keyword
 * downloads, about ten copies of each paper, and encoding every copy was 12 s of a 53 s CPU
 * profile of writing them.
 */
import type { PaperExport, TopicExport } from './export-schema.ts';
import { absoluteUrl } from './export-urls.ts';
import { atomEntryXml, atomFeedFrame } from './feed-atom.ts';
import { dumpUpdated } from './feed-papers.ts';
import { csvRow, jsonLine, VIEW_COLUMNS, VIEW_FEED_LIMIT, type ViewRow } from './export-view.ts';
import { keywordPath, topicPath } from './routes.ts';
import { sortPapers } from './sort-papers.ts';

/** One file of a view, at a site-relative path. */
export interface ViewFile {
  /** Site-relative path without the base, e.g. `/topics/x/papers.csv`. */
  path: string;
  /** The file's UTF-8 bytes in pieces, to be written one after the other (shared between files: do not change them). */
  body: readonly Uint8Array[];
}

/** What {@link viewFiles} reads: the published catalogue and where the site lives. */
export interface ViewFilesInput {
  /** `papers` of `/papers.json`. */
  papers: readonly PaperExport[];
  /** `topics` of `/topics.json`. */
  topics: readonly Pick<TopicExport, 'slug' | 'label' | 'papers'>[];
  /** `dumps` of the exports' header, in order (feed dates). */
  dumps: readonly string[];
  /** Astro's `site` and `base`. */
  site: URL | string;
  base: string;
}

/** A list of papers with a page: a topic or a keyword. */
interface View {
  pagePath: string;
  feedTitle: string;
  /** Indices into the catalogue's papers, in page order. */
  members: number[];
  /** Whether the view has its `papers.csv` and `papers.jsonl` (topics do, keywords do not). */
  downloads: boolean;
}

/**
 * Every view file of the catalogue: per topic a CSV, a JSON Lines file and an Atom feed of at
 * most {@link VIEW_FEED_LIMIT} newest papers; per keyword the feed only. Papers are listed in page
 * order (`sortPapers`: newest dump first, then title, then slug); a keyword's papers are the
 * papers carrying it.
 *
 * @throws {Error} When a topic lists a paper the catalogue lacks.
 */
export function* viewFiles(input: ViewFilesInput): Generator<ViewFile> {
  const { papers, dumps, site, base } = input;
  // Page order once for the whole catalogue; a view sorts its members by rank.
  const order = sortPapers(papers.map((paper, index) => ({ id: paper.slug, data: paper, index })));
  const rank = new Int32Array(papers.length);
  order.forEach((entry, position) => {
    rank[entry.index] = position;
  });
  const indexOfSlug = new Map(papers.map((paper, index) => [paper.slug, index]));

  const views: View[] = [];
  for (const topic of input.topics) {
    const members = topic.papers.map((slug) => {
      const index = indexOfSlug.get(slug);
      if (index === undefined) throw new Error(`Cannot write the views of topic ${topic.slug}: expected paper ${slug} in papers.json, got none`);
      return index;
    });
    views.push({ pagePath: topicPath(topic.slug), feedTitle: `Paper Atlas — ${topic.label}`, members, downloads: true });
  }
  const keywords = new Map<string, { label: string; members: number[] }>();
  papers.forEach((paper, index) => {
    for (const keyword of paper.keywords) {
      const view = keywords.get(keyword.slug) ?? { label: keyword.label, members: [] };
      view.members.push(index);
      keywords.set(keyword.slug, view);
    }
  });
  for (const [slug, view] of [...keywords].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    views.push({ pagePath: keywordPath(slug), feedTitle: `Paper Atlas — papers with the keyword “${view.label}”`, members: view.members, downloads: false });
  }

  const rows = papers.map(viewRowOf);
  // Each date once: a dump's position in the list is looked up for every entry otherwise.
  const updated = new Map(dumps.map((dump) => [dump, dumpUpdated(dumps, dump)]));
  const dateOf = (dump: string) => updated.get(dump) ?? dumpUpdated(dumps, dump);
  const csv = memo((index) => utf8(`${csvRow(rows[index]!)}\r\n`));
  const jsonl = memo((index) => utf8(`${jsonLine(rows[index]!)}\n`));
  const entry = memo((index) => {
    const paper = papers[index]!;
    return utf8(
      atomEntryXml({
        id: paper.url,
        title: paper.title,
        link: paper.url,
        summary: paper.abstract,
        updated: dateOf(paper.firstSeen),
        categories: [{ term: paper.topic.slug, label: paper.topic.label }],
      }),
    );
  });
  const url = (path: string) => absoluteUrl(site, base, path);
  const csvHeader = utf8(`${VIEW_COLUMNS.join(',')}\r\n`);

  for (const view of views) {
    const members = [...view.members].sort((a, b) => rank[a]! - rank[b]!);
    if (view.downloads) {
      yield { path: `${view.pagePath}papers.csv`, body: [csvHeader, ...members.map(csv)] };
      yield { path: `${view.pagePath}papers.jsonl`, body: members.map(jsonl) };
    }
    const newest = members.slice(0, VIEW_FEED_LIMIT);
    const feedPath = `${view.pagePath}feed.xml`;
    const { open, close } = atomFeedFrame({
      id: url(feedPath),
      title: view.feedTitle,
      subtitle: `The ${VIEW_FEED_LIMIT} newest papers at most, with abstracts`,
      selfUrl: url(feedPath),
      alternateUrl: url(view.pagePath),
      // As recent as its newest paper; an empty view is dated at the first dump.
      updated: newest.length > 0 ? dateOf(papers[newest[0]!]!.firstSeen) : dumpUpdated(dumps.length > 0 ? dumps : [''], dumps[0] ?? ''),
      author: 'Paper Atlas',
    });
    yield { path: feedPath, body: [utf8(open), ...newest.map(entry), utf8(close)] };
  }
}

const encoder = new TextEncoder();
const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** The row a paper contributes to every view it is in. */
function viewRowOf(paper: PaperExport): ViewRow {
  return {
    title: paper.title,
    abstract: paper.abstract,
    url: paper.url,
    topic: paper.topic.label,
    keywords: paper.keywords.map((keyword) => keyword.label),
    codeLinks: paper.codeLinks,
  };
}

/** `make(index)` computed once per index. */
function memo<T>(make: (index: number) => T): (index: number) => T {
  const cache = new Map<number, T>();
  return (index) => {
    let value = cache.get(index);
    if (value === undefined) {
      value = make(index);
      cache.set(index, value);
    }
    return value;
  };
}
