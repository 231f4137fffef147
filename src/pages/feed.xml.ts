/** `/feed.xml`: Atom feed of the papers new in the latest dump. */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { buildAtomFeed } from '../lib/feed-atom.ts';
import { papersOfDump } from '../lib/feed-collect.ts';
import { buildDumpFeed } from '../lib/feed-papers.ts';

export const GET: APIRoute = async ({ site }) => {
  const overview = await getEntry('overview', 'catalogue');
  if (!overview) throw new Error('Cannot build /feed.xml: expected the `catalogue` entry in overview.json, got none');
  const { dumps, latestDump } = overview.data;
  const latest = latestDump ? await getEntry('dumps', latestDump) : undefined;
  if (latestDump && !latest) throw new Error(`Cannot build /feed.xml: expected dump "${latestDump}" in dumps.json, got none`);
  const [papers, topics] = await Promise.all([getCollection('papers'), getCollection('topics')]);
  const { papers: entries, missing } = papersOfDump(latest?.data.newPapers ?? [], new Map(papers.map((p) => [p.data.slug, p.data])));
  if (missing.length > 0) throw new Error(`Cannot build /feed.xml: expected paper entries for ${missing.join(', ')}, got none`);
  const feed = buildDumpFeed({
    dump: latestDump ?? '',
    dumps: latestDump ? dumps : [''],
    papers: entries,
    topicLabels: new Map(topics.map((topic) => [topic.data.slug, topic.data.label])),
    feedPath: '/feed.xml',
    pagePath: '/',
    title: 'Paper Atlas — new papers',
    subtitle: latestDump ? `Papers first seen in the latest dump, ${latestDump}` : 'No dumps yet',
    site,
    base: import.meta.env.BASE_URL,
  });
  return new Response(buildAtomFeed(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
