/** `/keywords/<slug>/papers.jsonl` and `.csv`: the papers of one keyword, as listed on its page (src/lib/export-view.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ViewFormat } from '../../../lib/export-view.ts';
import { loadCatalogue } from '../../../lib/load-catalogue.ts';
import { VIEW_FORMAT_NAMES, viewExportResponse } from '../../../lib/view-responses.ts';

export const getStaticPaths = (async () => {
  const { keywords } = await loadCatalogue();
  return [...keywords.keys()].flatMap((slug) => VIEW_FORMAT_NAMES.map((format) => ({ params: { slug, format } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const catalogue = await loadCatalogue();
  const view = catalogue.keywords.get(params.slug as string);
  if (!view) throw new Error(`Cannot export keyword ${params.slug}: expected it in the catalogue, got none`);
  return viewExportResponse(catalogue, view.papers, params.format as ViewFormat, site);
};
