/** `/keywords/<slug>/papers.jsonl` and `.csv`: the papers of one keyword, as listed on its page (src/lib/export-view.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl } from '../../../lib/export-urls.ts';
import { serializeView, viewRows, VIEW_FORMATS, type ViewFormat } from '../../../lib/export-view.ts';
import { pickByKeys } from '../../../lib/index-by.ts';
import { loadCatalogue } from '../../../lib/load-catalogue.ts';
import { paperPath } from '../../../lib/routes.ts';
import { sortPapers } from '../../../lib/sort-papers.ts';

const FORMATS = Object.keys(VIEW_FORMATS) as ViewFormat[];

export const getStaticPaths = (async () => {
  const { keywords } = await loadCatalogue();
  return [...keywords.keys()].flatMap((slug) => FORMATS.map((format) => ({ params: { slug, format } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { papers, topics, keywords } = await loadCatalogue();
  const view = keywords.get(params.slug as string);
  if (!view) throw new Error(`Cannot export keyword ${params.slug}: expected it in the catalogue, got none`);
  const format = params.format as ViewFormat;
  const labels = new Map([...topics].map(([slug, topic]) => [slug, topic.label]));
  const rows = viewRows(
    sortPapers(pickByKeys(papers, view.papers)).map((entry) => entry.data),
    labels,
    (slug) => absoluteUrl(site, import.meta.env.BASE_URL, paperPath(slug)),
  );
  return new Response(serializeView(rows, format), { headers: { 'Content-Type': VIEW_FORMATS[format].type } });
};
