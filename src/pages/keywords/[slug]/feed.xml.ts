/** `/keywords/<slug>/feed.xml`: Atom feed of the newest papers of one keyword, with abstracts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalogue } from '../../../lib/load-catalogue.ts';
import { keywordPath } from '../../../lib/routes.ts';
import { viewFeedResponse } from '../../../lib/view-responses.ts';

export const getStaticPaths = (async () => {
  const { keywords } = await loadCatalogue();
  return [...keywords.keys()].map((slug) => ({ params: { slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const catalogue = await loadCatalogue();
  const item = catalogue.keywords.get(params.slug as string);
  if (!item) throw new Error(`Cannot build the feed of keyword ${params.slug}: expected it in the catalogue, got none`);
  return viewFeedResponse(catalogue, { paperSlugs: item.papers, pagePath: keywordPath(item.slug), title: `Paper Atlas — papers with the keyword “${item.label}”` }, site);
};
