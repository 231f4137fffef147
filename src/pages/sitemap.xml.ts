/** `/sitemap.xml`: every page, including later pages of paginated lists, as absolute URLs with the base path. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/export-urls.ts';
import { buildSitemap, sitemapPaths, type PagedList } from '../lib/feed-sitemap.ts';
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
  const paths = sitemapPaths({ papers: [...papers.keys()], lists });
  const base = import.meta.env.BASE_URL;
  const body = buildSitemap(paths.map((path) => absoluteUrl(site, base, path)));
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
