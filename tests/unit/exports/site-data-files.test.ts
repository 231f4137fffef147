import { describe, expect, it } from 'vitest';
import { layoutForPage } from '../../../scripts/lib/layout/graph-layout.ts';
import { buildPapersExport, serializeExport } from '../../../src/lib/export-catalogue.ts';
import { catalogueExports, siteDataFiles, type SiteCatalogue, type SiteDataFile } from '../../../src/lib/site-data-files.ts';
import type { PaperEntry } from '../../../src/schemas/paper-entry.ts';
import { fixtureContext, fixturePapers, fixtureTopics } from './fixture-catalogue.ts';

const ADDRESS = { site: fixtureContext.site as string, base: fixtureContext.base };

function catalogueOf(papers: readonly PaperEntry[], dumps: Record<string, string[]>): SiteCatalogue {
  const keywords = new Map<string, { slug: string; label: string; papers: string[]; cooccurring: [] }>();
  for (const paper of papers) {
    for (const { slug, label } of paper.keywords) {
      const keyword = keywords.get(slug) ?? { slug, label, papers: [], cooccurring: [] };
      keyword.papers.push(paper.slug);
      keywords.set(slug, keyword);
    }
  }
  const dumpIds = Object.keys(dumps);
  return {
    papers: new Map(papers.map((data) => [data.slug, { id: data.slug, data }])),
    topics: new Map(fixtureTopics.map((topic) => [topic.slug, { ...topic, graphLayout: layoutForPage(topic.graph) }])),
    keywords,
    dumps: new Map(dumpIds.map((id) => [id, { id, file: `${id}.txt`, records: dumps[id]!.length, newPapers: dumps[id]!, duplicates: 0, skipped: [] }])),
    overview: {
      papers: papers.length,
      topics: fixtureTopics.length,
      keywords: keywords.size,
      dumps: dumpIds,
      latestDump: dumpIds.at(-1) ?? null,
      quality: fixtureContext.quality,
      graph: { nodes: [], edges: [] },
      graphLayout: layoutForPage({ nodes: [], edges: [] }),
    } as SiteCatalogue['overview'],
  };
}

const fixture = () =>
  catalogueOf(fixturePapers, {
    '000_a': ['simplified-diffusion-schrodinger-bridge', 'adapters-for-speech'],
    '001_b': ['score-matching-at-scale'],
  });

function filesOf(catalogue: SiteCatalogue): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of siteDataFiles(catalogue, catalogueExports(catalogue, ADDRESS), ADDRESS)) {
    expect(files.has(file.path), `${file.path} made twice`).toBe(false);
    files.set(file.path, text(file));
  }
  return files;
}

const text = (file: SiteDataFile) =>
  typeof file.body === 'string'
    ? file.body
    : Buffer.concat([...file.body].map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece))).toString('utf8');

describe('siteDataFiles', () => {
  it('makes the exports, feeds, sitemap, dump and topic downloads and the find-similar index, each once', () => {
    const paths = [...filesOf(fixture()).keys()];
    expect(paths.slice(0, 4)).toEqual(['/papers.json', '/topics.json', '/feed.xml', '/sitemap.xml']);
    for (const dump of ['000_a', '001_b']) {
      for (const name of ['feed.xml', 'papers.csv', 'papers.jsonl']) expect(paths).toContain(`/dumps/${dump}/${name}`);
    }
    for (const view of ['/topics/diffusion/', '/topics/speech/']) {
      for (const name of ['feed.xml', 'papers.csv', 'papers.jsonl']) expect(paths).toContain(`${view}${name}`);
    }
    // A keyword has its feed; its downloads come from the search page.
    for (const view of ['/keywords/score-matching/', '/keywords/schrodinger-bridge/']) {
      expect(paths).toContain(`${view}feed.xml`);
      for (const name of ['papers.csv', 'papers.jsonl']) expect(paths).not.toContain(`${view}${name}`);
    }
    expect(paths).toEqual(expect.arrayContaining(['/similar/terms.json', '/similar/titles-0.json', '/similar/vectors-0.json']));
    expect(paths.every((path) => path.startsWith('/') && !path.endsWith('/') && !path.endsWith('.html'))).toBe(true);
  });

  it('writes /papers.json in chunks whose text is exactly the whole export', () => {
    // 1,234 papers: more than two chunks of 500.
    const many: PaperEntry[] = Array.from({ length: 1234 }, (_, i) => ({
      ...fixturePapers[i % 3]!,
      slug: `paper-${String(i).padStart(4, '0')}`,
      title: `Paper ${i} <b>`,
      keywords: [],
      dumps: ['000_a'],
      firstSeen: '000_a',
    }));
    const catalogue = catalogueOf(many, { '000_a': many.map((paper) => paper.slug) });
    // The first file; the rest (the fixture topics list papers this catalogue lacks) is never made.
    const file = siteDataFiles(catalogue, catalogueExports(catalogue, ADDRESS), ADDRESS).next().value!;
    expect(file.path).toBe('/papers.json');
    expect(typeof file.body).not.toBe('string');
    const chunks = [...(file.body as Iterable<string>)];
    expect(chunks.every((chunk) => typeof chunk === 'string')).toBe(true);
    expect(chunks.length).toBe(3);
    const whole = serializeExport(buildPapersExport(many, fixtureTopics, { ...fixtureContext, dumps: ['000_a'], latestDump: '000_a' }));
    expect(chunks.join('')).toBe(whole);
    expect(JSON.parse(whole).papers).toHaveLength(1234);
  });

  it('feeds the papers new in the latest dump at /feed.xml and each dump at its own feed, with absolute URLs', () => {
    const files = filesOf(fixture());
    const site = files.get('/feed.xml')!;
    expect(site).toContain('https://example.org/atlas/papers/score-matching-at-scale/');
    expect(site).not.toContain('adapters-for-speech');
    const first = files.get('/dumps/000_a/feed.xml')!;
    expect(first).toContain('https://example.org/atlas/papers/adapters-for-speech/');
    expect(first).toContain('https://example.org/atlas/papers/simplified-diffusion-schrodinger-bridge/');
    expect(first).not.toContain('score-matching-at-scale/');
  });

  it('lists a dump’s papers in its downloads in page order (title order within one dump)', () => {
    const files = filesOf(fixture());
    const lines = files.get('/dumps/000_a/papers.jsonl')!.trim().split('\n').map((line) => JSON.parse(line) as { title: string; url: string });
    expect(lines.map((line) => line.title)).toEqual(['Adapters for Speech', 'Simplified Diffusion Schrödinger Bridge']);
    const csv = files.get('/dumps/000_a/papers.csv')!.split('\r\n').filter(Boolean);
    expect(csv).toHaveLength(3);
    expect(csv[0]).toBe('title,abstract,url,topic,keywords,code_links');
  });

  it('puts every paper in the sitemap and in the find-similar titles', () => {
    const files = filesOf(fixture());
    const titles = [...files].filter(([path]) => path.startsWith('/similar/titles-')).flatMap(([, body]) => (JSON.parse(body) as { slugs: string[] }).slugs);
    for (const paper of fixturePapers) {
      expect(files.get('/sitemap.xml')).toContain(`https://example.org/atlas/papers/${paper.slug}/`);
      expect(titles).toContain(paper.slug);
    }
  });

  it('gives an empty catalogue valid, empty exports, feed, sitemap and find-similar index', () => {
    const empty: SiteCatalogue = { ...catalogueOf([], {}), topics: new Map() };
    const files = filesOf(empty);
    expect([...files.keys()]).toEqual(['/papers.json', '/topics.json', '/feed.xml', '/sitemap.xml', '/similar/terms.json', '/similar/titles-0.json', '/similar/vectors-0.json']);
    expect(JSON.parse(files.get('/papers.json')!).papers).toEqual([]);
    expect(JSON.parse(files.get('/topics.json')!).topics).toEqual([]);
    expect(files.get('/feed.xml')).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(files.get('/feed.xml')).not.toContain('<entry>');
  });

  it('fails naming the feed when a dump lists a paper that has no entry', () => {
    const broken = catalogueOf(fixturePapers, { '000_a': ['adapters-for-speech', 'no-such-paper'], '001_b': ['score-matching-at-scale'] });
    expect(() => filesOf(broken)).toThrow(/Cannot build \/dumps\/000_a\/feed\.xml: expected paper entries for no-such-paper/);
  });
});
