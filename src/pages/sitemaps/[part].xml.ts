/** `/sitemaps/<n>.xml`: the parts of a sitemap too large for one file (none while `/sitemap.xml` holds every URL). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl } from '../../lib/export-urls.ts';
import { catalogueSitemapUrls, sitemapFiles, sitemapPartPath } from '../../lib/feed-sitemap.ts';
import { loadCatalogue } from '../../lib/load-catalogue.ts';

export const getStaticPaths = (async () => {
  const base = import.meta.env.BASE_URL;
  const site = import.meta.env.SITE;
  const urls = catalogueSitemapUrls(await loadCatalogue(), site, base);
  const { parts } = sitemapFiles(urls, (part) => absoluteUrl(site, base, sitemapPartPath(part)));
  return parts.map((body, i) => ({ params: { part: String(i + 1) }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
