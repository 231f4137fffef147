import { describe, expect, test } from 'vitest';
import type { PaperExport } from '../../../src/lib/export-schema.ts';
import { toCsv, toJsonLines, VIEW_FEED_LIMIT, type ViewRow } from '../../../src/lib/export-view.ts';
import { buildAtomFeed } from '../../../src/lib/feed-atom.ts';
import { buildDumpFeed } from '../../../src/lib/feed-papers.ts';
import { sortPapers } from '../../../src/lib/sort-papers.ts';
import { viewFiles, type ViewFilesInput } from '../../../src/lib/view-files.ts';

const SITE = 'https://example.org/';
const BASE = '/atlas/';
const DUMPS = ['2026-01-01', '2026-02-01', '2026-03-01'];
const HOSTILE = ['=cmd|"/C calc"!A0', '</summary><script>alert(1)</script>', 'a,b\r\nc', 'ünïcödé — “quotes”', ']]>\u0001'];

/** A catalogue of 70 papers: one common keyword on all (more than a feed holds), others on some. */
function catalogue(): ViewFilesInput {
  const papers: PaperExport[] = Array.from({ length: 70 }, (_, i) => {
    const slug = `paper-${String(i).padStart(2, '0')}`;
    const topic = i % 3 === 0 ? { slug: 'alpha', label: 'Alpha <Topic>' } : { slug: 'beta', label: 'Beta & Co' };
    return {
      slug,
      url: `${SITE}atlas/papers/${slug}/`,
      // Titles out of slug order and with ties, so page order matters.
      title: `${HOSTILE[i % HOSTILE.length]} title ${(i * 7) % 10}`,
      abstract: `Abstract ${i}: ${HOSTILE[(i + 2) % HOSTILE.length]}`,
      topic,
      keywords: [
        { slug: 'common', label: 'common' },
        ...(i % 4 === 0 ? [{ slug: 'rare-kw', label: 'rare “kw”' }] : []),
      ],
      related: [],
      codeLinks: i % 5 === 0 ? [`https://github.com/x/${i}`] : [],
      dumps: [DUMPS[i % 3]!],
      firstSeen: DUMPS[i % 3]!,
    };
  });
  const topics = ['alpha', 'beta'].map((slug) => ({
    slug,
    label: papers.find((p) => p.topic.slug === slug)!.topic.label,
    papers: papers.filter((p) => p.topic.slug === slug).map((p) => p.slug),
  }));
  return { papers, topics, dumps: DUMPS, site: SITE, base: BASE };
}

/**
 * The files of one view as the per-view endpoints wrote them: whole rows and a whole xast feed
 * per view (a keyword's feed only, see view-files.ts).
 */
function expectedView(input: ViewFilesInput, pagePath: string, feedTitle: string, members: PaperExport[]): Record<string, string> {
  const sorted = sortPapers(members.map((p) => ({ id: p.slug, data: p }))).map((e) => e.data);
  const rows: ViewRow[] = sorted.map((p) => ({
    title: p.title,
    abstract: p.abstract,
    url: p.url,
    topic: p.topic.label,
    keywords: p.keywords.map((k) => k.label),
    codeLinks: p.codeLinks,
  }));
  const newest = sorted.slice(0, VIEW_FEED_LIMIT);
  const feed = buildDumpFeed({
    dump: newest[0]?.firstSeen ?? input.dumps[0] ?? '',
    dumps: input.dumps,
    papers: newest.map((p) => ({ slug: p.slug, title: p.title, abstractText: p.abstract, firstSeen: p.firstSeen, topic: p.topic.slug })),
    topicLabels: new Map(input.papers.map((p) => [p.topic.slug, p.topic.label])),
    feedPath: `${pagePath}feed.xml`,
    pagePath,
    title: feedTitle,
    subtitle: `The ${VIEW_FEED_LIMIT} newest papers at most, with abstracts`,
    site: input.site,
    base: input.base,
  });
  const downloads = pagePath.startsWith('/topics/') ? { [`${pagePath}papers.csv`]: toCsv(rows), [`${pagePath}papers.jsonl`]: toJsonLines(rows) } : {};
  return { ...downloads, [`${pagePath}feed.xml`]: buildAtomFeed(feed) };
}

describe('viewFiles', () => {
  const input = catalogue();
  // Bodies are UTF-8 pieces; decoded whole, each must be exactly the text of the whole view.
  const files = new Map([...viewFiles(input)].map((file) => [file.path, Buffer.concat(file.body).toString('utf8')]));

  test('writes a CSV, a JSON Lines file and a feed for every topic, a feed for every keyword, nothing else', () => {
    expect([...files.keys()].sort()).toEqual(
      [
        ...['/topics/alpha/', '/topics/beta/'].flatMap((view) => [`${view}feed.xml`, `${view}papers.csv`, `${view}papers.jsonl`]),
        ...['/keywords/common/', '/keywords/rare-kw/'].map((view) => `${view}feed.xml`),
      ].sort(),
    );
  });

  test.each([
    ['/topics/alpha/', 'Paper Atlas — Alpha <Topic>', (p: PaperExport) => p.topic.slug === 'alpha'],
    ['/topics/beta/', 'Paper Atlas — Beta & Co', (p: PaperExport) => p.topic.slug === 'beta'],
    ['/keywords/common/', 'Paper Atlas — papers with the keyword “common”', () => true],
    ['/keywords/rare-kw/', 'Paper Atlas — papers with the keyword “rare “kw””', (p: PaperExport) => p.keywords.some((k) => k.slug === 'rare-kw')],
  ])('%s: the same bytes as serialising the whole view at once', (pagePath, title, member) => {
    const expected = expectedView(input, pagePath, title, input.papers.filter(member));
    for (const [path, body] of Object.entries(expected)) expect(files.get(path), path).toBe(body);
  });

  test('a feed holds the newest papers only; the downloads hold all', () => {
    expect(files.get('/keywords/common/feed.xml')!.match(/<entry>/g)).toHaveLength(VIEW_FEED_LIMIT);
    const beta = input.papers.filter((p) => p.topic.slug === 'beta').length;
    expect(beta).toBeGreaterThan(VIEW_FEED_LIMIT / 2);
    expect(files.get('/topics/beta/papers.jsonl')!.trim().split('\n')).toHaveLength(beta);
    expect(files.get('/topics/beta/papers.csv')!).toContain(`'=cmd|""/C calc""!A0`);
  });

  test('refuses a topic listing a paper the catalogue lacks', () => {
    const broken = { ...input, topics: [{ slug: 'x', label: 'X', papers: ['missing'] }] };
    expect(() => [...viewFiles(broken)]).toThrow(/topic x: expected paper missing in papers.json/);
  });

  test('an empty catalogue gives no files', () => {
    expect([...viewFiles({ ...input, papers: [], topics: [] })]).toEqual([]);
  });
});
