/** `/topics.json`: every topic of the catalogue (schema: docs/EXPORTS.md). */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { buildTopicsExport, serializeExport } from '../lib/export-catalogue.ts';

export const GET: APIRoute = async ({ site }) => {
  const [topics, overview] = await Promise.all([getCollection('topics'), getEntry('overview', 'catalogue')]);
  if (!overview) throw new Error('Cannot build /topics.json: expected the `catalogue` entry in overview.json, got none');
  const body = buildTopicsExport(
    topics.map((topic) => topic.data),
    { site, base: import.meta.env.BASE_URL, ...overview.data },
  );
  return new Response(serializeExport(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
