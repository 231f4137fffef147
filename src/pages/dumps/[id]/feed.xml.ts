/** `/dumps/<id>/feed.xml`: Atom feed of the papers first seen in one dump. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildAtomFeed } from '../../../lib/feed-atom.ts';
import { papersOfDump } from '../../../lib/feed-collect.ts';
import { buildDumpFeed, dumpFeedPath, type FeedPaper } from '../../../lib/feed-papers.ts';
import { loadCatalogue } from '../../../lib/load-catalogue.ts';
import { dumpPath } from '../../../lib/routes.ts';

export const getStaticPaths = (async () => {
  const { dumps } = await loadCatalogue();
  return [...dumps.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const id = params.id as string;
  const { papers, topics, dumps, overview } = await loadCatalogue();
  const dump = dumps.get(id);
  if (!dump) throw new Error(`Cannot build the feed of dump ${id}: expected it in dumps.json, got none`);
  const bySlug = new Map<string, FeedPaper>([...papers].map(([slug, paper]) => [slug, paper.data]));
  const { papers: entries, missing } = papersOfDump(dump.newPapers, bySlug);
  if (missing.length > 0) {
    throw new Error(`Cannot build the feed of dump ${id}: expected paper entries for ${missing.join(', ')}, got none`);
  }
  const feed = buildDumpFeed({
    dump: id,
    dumps: overview.dumps,
    papers: entries,
    topicLabels: new Map([...topics].map(([slug, topic]) => [slug, topic.label])),
    feedPath: dumpFeedPath(id),
    pagePath: dumpPath(id),
    title: `Paper Atlas — papers new in ${id}`,
    site,
    base: import.meta.env.BASE_URL,
  });
  return new Response(buildAtomFeed(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
