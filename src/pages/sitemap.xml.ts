/**
 * `/sitemap.xml`: every indexable page (not the `noindex` 404 and legacy redirects), including later
 * pages of paginated lists and the keyword letter pages, as absolute URLs with the base path. Above
 * 50,000 URLs it is a sitemap index of `/sitemaps/<n>.xml` (`src/pages/sitemaps/[part].xml.ts`).
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/export-urls.ts';
import { catalogueSitemapUrls, sitemapFiles, sitemapPartPath } from '../lib/feed-sitemap.ts';
import { loadCatalogue } from '../lib/load-catalogue.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const urls = catalogueSitemapUrls(await loadCatalogue(), site, base);
  const { main } = sitemapFiles(urls, (part) => absoluteUrl(site, base, sitemapPartPath(part)));
  return new Response(main, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
