/** `/sitemap.xml`: every indexable page, as absolute URLs with the base path. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { absoluteUrl } from '../lib/export-urls.ts';
import { buildSitemap, sitemapPaths } from '../lib/feed-sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  const [papers, topics, keywords, dumps] = await Promise.all([
    getCollection('papers'),
    getCollection('topics'),
    getCollection('keywords'),
    getCollection('dumps'),
  ]);
  const paths = sitemapPaths({
    papers: papers.map((entry) => entry.data.slug),
    topics: topics.map((entry) => entry.data.slug),
    keywords: keywords.map((entry) => entry.data.slug),
    dumps: dumps.map((entry) => entry.data.id),
  });
  const base = import.meta.env.BASE_URL;
  const body = buildSitemap(paths.map((path) => absoluteUrl(site, base, path)));
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
