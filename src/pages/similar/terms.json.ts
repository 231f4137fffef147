/** `/similar/terms.json`: the find-similar dictionary and shard layout (src/lib/similar-index.ts). */
import type { APIRoute } from 'astro';
import { serializeExport } from '../../lib/export-catalogue.ts';
import { loadSimilarIndex } from '../../lib/similar-catalogue.ts';

export const GET: APIRoute = async () => {
  const { terms } = await loadSimilarIndex();
  return new Response(serializeExport(terms), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
