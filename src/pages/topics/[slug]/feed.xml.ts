/** `/topics/<slug>/feed.xml`: Atom feed of the newest papers of one topic, with abstracts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildAtomFeed } from '../../../lib/feed-atom.ts';
import { buildDumpFeed } from '../../../lib/feed-papers.ts';
import { VIEW_FEED_LIMIT } from '../../../lib/export-view.ts';
import { pickByKeys } from '../../../lib/index-by.ts';
import { loadCatalogue } from '../../../lib/load-catalogue.ts';
import { topicPath } from '../../../lib/routes.ts';
import { sortPapers } from '../../../lib/sort-papers.ts';

export const getStaticPaths = (async () => {
  const { topics } = await loadCatalogue();
  return [...topics.keys()].map((slug) => ({ params: { slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { papers, topics, overview } = await loadCatalogue();
  const item = topics.get(params.slug as string);
  if (!item) throw new Error(`Cannot build the feed of topic ${params.slug}: expected it in the catalogue, got none`);
  // Newest first (sortPapers), capped: a reader subscribes to what is new.
  const newest = sortPapers(pickByKeys(papers, item.papers)).slice(0, VIEW_FEED_LIMIT).map((entry) => entry.data);
  const feed = buildDumpFeed({
    // The feed is as recent as its newest paper; an empty one is dated at the first dump.
    dump: newest[0]?.firstSeen ?? overview.dumps[0] ?? '',
    dumps: overview.dumps.length > 0 ? overview.dumps : [''],
    papers: newest,
    topicLabels: new Map([...topics].map(([slug, topic]) => [slug, topic.label])),
    feedPath: `${topicPath(item.slug)}feed.xml`,
    pagePath: topicPath(item.slug),
    title: `Paper Atlas — ${item.label}`,
    subtitle: `The ${VIEW_FEED_LIMIT} newest papers at most, with abstracts`,
    site,
    base: import.meta.env.BASE_URL,
  });
  return new Response(buildAtomFeed(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
