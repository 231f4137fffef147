/** `/dumps/<id>/papers.jsonl` and `.csv`: the papers a dump added, as listed on its page (src/lib/export-view.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ViewFormat } from '../../../lib/export-view.ts';
import { loadCatalogue } from '../../../lib/load-catalogue.ts';
import { VIEW_FORMAT_NAMES, viewExportResponse } from '../../../lib/view-responses.ts';

export const getStaticPaths = (async () => {
  const { dumps } = await loadCatalogue();
  return [...dumps.keys()].flatMap((id) => VIEW_FORMAT_NAMES.map((format) => ({ params: { id, format } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const catalogue = await loadCatalogue();
  const view = catalogue.dumps.get(params.id as string);
  if (!view) throw new Error(`Cannot export dump ${params.id}: expected it in the catalogue, got none`);
  return viewExportResponse(catalogue, view.newPapers, params.format as ViewFormat, site);
};
