/** `/dumps/<id>/feed.xml`: Atom feed of the papers first seen in one dump. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { buildAtomFeed } from '../../../lib/feed-atom.ts';
import { papersOfDump } from '../../../lib/feed-collect.ts';
import { buildDumpFeed, dumpFeedPath, type FeedPaper } from '../../../lib/feed-papers.ts';
import { dumpPath } from '../../../lib/routes.ts';

interface Props {
  papers: FeedPaper[];
  dumps: string[];
  topicLabels: [string, string][];
}

export const getStaticPaths = (async () => {
  const [dumps, papers, topics, overview] = await Promise.all([
    getCollection('dumps'),
    getCollection('papers'),
    getCollection('topics'),
    getEntry('overview', 'catalogue'),
  ]);
  if (!overview) throw new Error('Cannot build dump feeds: expected the `catalogue` entry in overview.json, got none');
  const bySlug = new Map<string, FeedPaper>(
    papers.map(({ data: { slug, title, abstractText, firstSeen, topic } }) => [slug, { slug, title, abstractText, firstSeen, topic }]),
  );
  const topicLabels = topics.map((topic): [string, string] => [topic.data.slug, topic.data.label]);
  return dumps.map((dump) => {
    const { papers: entries, missing } = papersOfDump(dump.data.newPapers, bySlug);
    if (missing.length > 0) {
      throw new Error(`Cannot build the feed of dump ${dump.data.id}: expected paper entries for ${missing.join(', ')}, got none`);
    }
    return { params: { id: dump.data.id }, props: { papers: entries, dumps: overview.data.dumps, topicLabels } satisfies Props };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ params, props, site }) => {
  const id = params.id as string;
  const feed = buildDumpFeed({
    dump: id,
    dumps: props.dumps,
    papers: props.papers,
    topicLabels: new Map(props.topicLabels),
    feedPath: dumpFeedPath(id),
    pagePath: dumpPath(id),
    title: `Paper Atlas — papers new in ${id}`,
    site,
    base: import.meta.env.BASE_URL,
  });
  return new Response(buildAtomFeed(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
