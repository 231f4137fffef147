/** `/topics.json`: every topic of the catalogue (schema: docs/EXPORTS.md). */
import type { APIRoute } from 'astro';
import { buildTopicsExport, serializeExport } from '../lib/export-catalogue.ts';
import { loadCatalogue } from '../lib/load-catalogue.ts';

export const GET: APIRoute = async ({ site }) => {
  const { topics, overview } = await loadCatalogue();
  const body = buildTopicsExport([...topics.values()], { site, base: import.meta.env.BASE_URL, ...overview });
  return new Response(serializeExport(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
