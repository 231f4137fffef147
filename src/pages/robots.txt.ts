/** `/robots.txt`: allow crawling, point at the sitemap. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/export-urls.ts';
import { buildRobotsTxt } from '../lib/feed-robots.ts';

export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  return new Response(buildRobotsTxt(absoluteUrl(site, base, '/sitemap.xml'), base), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
