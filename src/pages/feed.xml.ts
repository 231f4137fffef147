/** `/feed.xml`: Atom feed of the papers new in the latest dump. */
import type { APIRoute } from 'astro';
import { buildAtomFeed } from '../lib/feed-atom.ts';
import { papersOfDump } from '../lib/feed-collect.ts';
import { buildDumpFeed, type FeedPaper } from '../lib/feed-papers.ts';
import { loadCatalogue } from '../lib/load-catalogue.ts';

export const GET: APIRoute = async ({ site }) => {
  const { papers, topics, dumps, overview } = await loadCatalogue();
  const latest = overview.latestDump ? dumps.get(overview.latestDump) : undefined;
  if (overview.latestDump && !latest) {
    throw new Error(`Cannot build /feed.xml: expected dump "${overview.latestDump}" in dumps.json, got none`);
  }
  const bySlug = new Map<string, FeedPaper>([...papers].map(([slug, paper]) => [slug, paper.data]));
  const { papers: entries, missing } = papersOfDump(latest?.newPapers ?? [], bySlug);
  if (missing.length > 0) throw new Error(`Cannot build /feed.xml: expected paper entries for ${missing.join(', ')}, got none`);
  const feed = buildDumpFeed({
    // An empty catalogue still gets a valid (empty) feed, dated at the epoch.
    dump: latest?.id ?? '',
    dumps: latest ? overview.dumps : [''],
    papers: entries,
    topicLabels: new Map([...topics].map(([slug, topic]) => [slug, topic.label])),
    feedPath: '/feed.xml',
    pagePath: '/',
    title: 'Paper Atlas — new papers',
    subtitle: latest ? `Papers first seen in the latest dump, ${latest.id}` : 'No dumps yet',
    site,
    base: import.meta.env.BASE_URL,
  });
  return new Response(buildAtomFeed(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
