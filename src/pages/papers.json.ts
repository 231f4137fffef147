/** `/papers.json`: every paper of the catalogue (schema: docs/EXPORTS.md). */
import type { APIRoute } from 'astro';
import { buildPapersExport, serializeExport } from '../lib/export-catalogue.ts';
import { loadCatalogue } from '../lib/load-catalogue.ts';

export const GET: APIRoute = async ({ site }) => {
  const { papers, topics, overview } = await loadCatalogue();
  const body = buildPapersExport(
    [...papers.values()].map((paper) => paper.data),
    [...topics.values()],
    { site, base: import.meta.env.BASE_URL, ...overview },
  );
  return new Response(serializeExport(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
