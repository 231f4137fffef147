/**
 * `/sitemap.xml`: every indexable page (not the `noindex` 404 and legacy redirects), including later
 * pages of paginated lists and the keyword letter pages, as absolute URLs with the base path.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/export-urls.ts';
import { buildSitemap, sitemapPaths, STATIC_PAGE_PATHS, type PagedList } from '../lib/feed-sitemap.ts';
import { keywordIndex, keywordLetterPath } from '../lib/keyword-index.ts';
import { loadCatalogue } from '../lib/load-catalogue.ts';
import { PAGE_SIZES } from '../lib/page-sizes.ts';
import { dumpPath, keywordPath, topicPath } from '../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const { papers, topics, keywords, dumps } = await loadCatalogue();
  // Lists page through the papers that exist, as the list pages themselves do.
  const existing = (slugs: readonly string[]) => slugs.filter((slug) => papers.has(slug)).length;
  const lists: PagedList[] = [
    ...[...topics.values()].map((t) => ({ firstPath: topicPath(t.slug), items: existing(t.papers), pageSize: PAGE_SIZES.topic })),
    ...[...keywords.values()].map((k) => ({ firstPath: keywordPath(k.slug), items: existing(k.papers), pageSize: PAGE_SIZES.keyword })),
    ...[...dumps.values()].map((d) => ({ firstPath: dumpPath(d.id), items: existing(d.newPapers), pageSize: PAGE_SIZES.dump })),
  ];
  // Keep in step with src/pages/: tests/unit/exports/built-exports.test.ts compares this list with the built pages.
  const letterPages = keywordIndex([...keywords.values()], PAGE_SIZES.keywordIndexTop).map((letter) => keywordLetterPath(letter.slug));
  const paths = sitemapPaths({ papers: [...papers.keys()], lists, staticPaths: [...STATIC_PAGE_PATHS, ...letterPages] });
  const base = import.meta.env.BASE_URL;
  const body = buildSitemap(paths.map((path) => absoluteUrl(site, base, path)));
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
