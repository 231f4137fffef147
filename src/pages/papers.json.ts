/** `/papers.json`: every paper of the catalogue (schema: docs/EXPORTS.md). */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { buildPapersExport, serializeExport } from '../lib/export-catalogue.ts';

export const GET: APIRoute = async ({ site }) => {
  const [papers, topics, overview] = await Promise.all([
    getCollection('papers'),
    getCollection('topics'),
    getEntry('overview', 'catalogue'),
  ]);
  if (!overview) throw new Error('Cannot build /papers.json: expected the `catalogue` entry in overview.json, got none');
  const body = buildPapersExport(
    papers.map((paper) => paper.data),
    topics.map((topic) => topic.data),
    { site, base: import.meta.env.BASE_URL, ...overview.data },
  );
  return new Response(serializeExport(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
