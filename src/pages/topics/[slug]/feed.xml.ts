/** `/topics/<slug>/feed.xml`: Atom feed of the newest papers of one topic, with abstracts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalogue } from '../../../lib/load-catalogue.ts';
import { topicPath } from '../../../lib/routes.ts';
import { viewFeedResponse } from '../../../lib/view-responses.ts';

export const getStaticPaths = (async () => {
  const { topics } = await loadCatalogue();
  return [...topics.keys()].map((slug) => ({ params: { slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const catalogue = await loadCatalogue();
  const item = catalogue.topics.get(params.slug as string);
  if (!item) throw new Error(`Cannot build the feed of topic ${params.slug}: expected it in the catalogue, got none`);
  return viewFeedResponse(catalogue, { paperSlugs: item.papers, pagePath: topicPath(item.slug), title: `Paper Atlas — ${item.label}` }, site);
};
