import type { Root } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import { absoluteUrl } from './export-urls.ts';
import { xmlText } from './feed-xml-text.ts';
import { keywordIndex, keywordLetterPath } from './keyword-index.ts';
import { PAGE_SIZES } from './page-sizes.ts';
import { pagePath } from './paginate.ts';
import { dumpPath, keywordPath, paperPath, topicPath } from './routes.ts';

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_URL_LIMIT = 50_000;

/** Pages that exist once, outside the collections. */
export const STATIC_PAGE_PATHS: readonly string[] = [
  '/',
  '/about/',
  '/dumps/',
  '/keywords/',
  '/reading-list/',
  '/search/',
  '/similar/',
  '/topics/',
];

/** Folder of the sitemap parts when one file is not enough: `/sitemaps/<n>.xml`, n from 1. */
export const sitemapPartPath = (part: number): string => `/sitemaps/${part}.xml`;

/** A paginated list page (a topic, keyword or dump): its first page and how many items it pages through. */
export interface PagedList {
  /** Site-relative path of the first page, e.g. `/topics/x/`. */
  firstPath: string;
  /** Items in the list. */
  items: number;
  /** Items per page (`PAGE_SIZES`). */
  pageSize: number;
}

/** Every page the sitemap lists. */
export interface SitemapSources {
  /** Paper slugs. */
  papers: readonly string[];
  /** Topic, keyword and dump lists; each gives its first page plus one page per further `pageSize` items. */
  lists: readonly PagedList[];
  /** Defaults to {@link STATIC_PAGE_PATHS}. */
  staticPaths?: readonly string[];
}

/**
 * Site-relative paths of every page, sorted and without duplicates, so the
 * sitemap is byte-identical for equal catalogues. Page counts follow
 * `paginate()`: an empty list still has its first page. Pure.
 */
export function sitemapPaths(sources: SitemapSources): string[] {
  const paths = new Set<string>(sources.staticPaths ?? STATIC_PAGE_PATHS);
  for (const slug of sources.papers) paths.add(paperPath(slug));
  for (const list of sources.lists) {
    const pages = Math.max(1, Math.ceil(list.items / list.pageSize));
    for (let number = 1; number <= pages; number += 1) paths.add(pagePath(list.firstPath, number));
  }
  return [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Serialises a `<urlset>` sitemap of absolute URLs (no `lastmod`: dumps carry no dates).
 *
 * @throws {Error} Above {@link SITEMAP_URL_LIMIT} URLs, which search engines reject;
 *   split with {@link buildSitemapIndex} instead.
 */
export function buildSitemap(urls: readonly string[]): string {
  if (urls.length > SITEMAP_URL_LIMIT) {
    throw new Error(`Cannot build a sitemap: expected at most ${SITEMAP_URL_LIMIT} URLs per file, got ${urls.length}; use a sitemap index`);
  }
  return serialize('urlset', urls.map((url) => x('url', [x('loc', xmlText(url))])));
}

/** Serialises a `<sitemapindex>` pointing at sitemap files (absolute URLs). */
export function buildSitemapIndex(sitemapUrls: readonly string[]): string {
  return serialize('sitemapindex', sitemapUrls.map((url) => x('sitemap', [x('loc', xmlText(url))])));
}

/** Splits URLs into sitemap-sized chunks, in order. */
export function chunkSitemapUrls(urls: readonly string[], size = SITEMAP_URL_LIMIT): string[][] {
  const chunks: string[][] = [];
  for (let start = 0; start < urls.length; start += size) chunks.push(urls.slice(start, start + size));
  return chunks;
}

/** The parts of the catalogue the sitemap reads (as `loadCatalogue()` returns them). */
export interface SitemapCatalogue {
  papers: ReadonlyMap<string, unknown>;
  topics: ReadonlyMap<string, { slug: string; papers: readonly string[] }>;
  keywords: ReadonlyMap<string, { slug: string; label: string; papers: readonly string[] }>;
  dumps: ReadonlyMap<string, { id: string; newPapers: readonly string[] }>;
}

/**
 * Absolute URLs of every indexable page of a catalogue (not the `noindex` 404
 * and legacy redirects), including later pages of paginated lists and the
 * keyword letter pages, sorted. Keep in step with src/pages/:
 * tests/unit/exports/built-exports.test.ts compares it with the built pages.
 */
export function catalogueSitemapUrls(catalogue: SitemapCatalogue, site: URL | string | undefined, base: string): string[] {
  const { papers, topics, keywords, dumps } = catalogue;
  // Lists page through the papers that exist, as the list pages themselves do.
  const existing = (slugs: readonly string[]) => slugs.filter((slug) => papers.has(slug)).length;
  const lists: PagedList[] = [
    ...[...topics.values()].map((t) => ({ firstPath: topicPath(t.slug), items: existing(t.papers), pageSize: PAGE_SIZES.topic })),
    ...[...keywords.values()].map((k) => ({ firstPath: keywordPath(k.slug), items: existing(k.papers), pageSize: PAGE_SIZES.keyword })),
    ...[...dumps.values()].map((d) => ({ firstPath: dumpPath(d.id), items: existing(d.newPapers), pageSize: PAGE_SIZES.dump })),
  ];
  const letterPages = keywordIndex([...keywords.values()], PAGE_SIZES.keywordIndexTop).map((letter) => keywordLetterPath(letter.slug));
  const paths = sitemapPaths({ papers: [...papers.keys()], lists, staticPaths: [...STATIC_PAGE_PATHS, ...letterPages] });
  return paths.map((path) => absoluteUrl(site, base, path));
}

/**
 * The sitemap files for `urls`: one `<urlset>` as `/sitemap.xml` while they
 * fit in one file ({@link SITEMAP_URL_LIMIT}), otherwise `/sitemap.xml` is a
 * `<sitemapindex>` of parts `/sitemaps/1.xml`, `/sitemaps/2.xml`, … (the
 * protocol's limit is per file; search engines read the index).
 *
 * @param partUrl Absolute URL of part n (1-based).
 */
export function sitemapFiles(urls: readonly string[], partUrl: (part: number) => string): { main: string; parts: string[] } {
  if (urls.length <= SITEMAP_URL_LIMIT) return { main: buildSitemap(urls), parts: [] };
  const parts = chunkSitemapUrls(urls).map((chunk) => buildSitemap(chunk));
  return { main: buildSitemapIndex(parts.map((_, i) => partUrl(i + 1))), parts };
}

function serialize(rootName: string, children: ReturnType<typeof x>[]): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
      x(rootName, { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }, children),
    ],
  };
  return `${toXml(tree, { allowDangerousXml: true, closeEmptyElements: true })}\n`;
}
