import { describe, expect, test } from 'vitest';
import { buildPapersExport, buildTopicsExport, papersExportChunks, serializeExport } from '../../../src/lib/export-catalogue.ts';
import { papersExportSchema, topicsExportSchema } from '../../../src/lib/export-schema.ts';
import { absoluteUrl } from '../../../src/lib/export-urls.ts';
import { fixtureContext, fixturePapers, fixtureTopics } from './fixture-catalogue.ts';

describe('buildPapersExport', () => {
  const built = buildPapersExport(fixturePapers, fixtureTopics, fixtureContext);

  test('passes the published schema', () => {
    expect(papersExportSchema.parse(JSON.parse(serializeExport(built)))).toEqual(built);
  });

  test('starts with the header and orders papers by slug', () => {
    expect(built).toMatchObject({ version: 1, dumps: ['000_a', '001_b'], latestDump: '001_b', quality: { topics: 2 } });
    expect(built.papers.map((paper) => paper.slug)).toEqual([
      'adapters-for-speech',
      'score-matching-at-scale',
      'simplified-diffusion-schrodinger-bridge',
    ]);
  });

  test('gives each paper an absolute URL under the base, its topic label and cleaned text', () => {
    expect(built.papers[2]).toEqual({
      slug: 'simplified-diffusion-schrodinger-bridge',
      url: 'https://example.org/atlas/papers/simplified-diffusion-schrodinger-bridge/',
      title: 'Simplified Diffusion Schrödinger Bridge',
      abstract: 'We simplify the Diffusion Schrödinger Bridge (DSB) & relate it to <SGMs>.',
      topic: { slug: 'diffusion', label: 'Diffusion Models' },
      keywords: [{ slug: 'schrodinger-bridge', label: 'Schrödinger bridge' }],
      related: [{ slug: 'score-matching-at-scale', score: 0.42 }],
      codeLinks: ['https://github.com/x/dsb'],
      dumps: ['000_a', '001_b'],
      firstSeen: '000_a',
    });
  });

  test('is byte-identical whatever the input order', () => {
    const again = buildPapersExport([...fixturePapers].reverse(), [...fixtureTopics].reverse(), fixtureContext);
    expect(serializeExport(again)).toBe(serializeExport(built));
  });

  test('refuses a paper whose topic is unknown', () => {
    expect(() => buildPapersExport(fixturePapers, fixtureTopics.slice(1), fixtureContext)).toThrow(
      /Cannot export paper adapters-for-speech: expected its topic "speech"/,
    );
  });
});

describe('buildTopicsExport', () => {
  const built = buildTopicsExport(fixtureTopics, fixtureContext);

  test('passes the published schema', () => {
    expect(topicsExportSchema.parse(JSON.parse(serializeExport(built)))).toEqual(built);
  });

  test('orders topics by slug and adds url and size', () => {
    expect(built.topics.map(({ slug, url, size, miscellany }) => ({ slug, url, size, miscellany }))).toEqual([
      { slug: 'diffusion', url: 'https://example.org/atlas/topics/diffusion/', size: 2, miscellany: false },
      { slug: 'speech', url: 'https://example.org/atlas/topics/speech/', size: 1, miscellany: true },
    ]);
    expect(built.topics[0]?.graph.edges).toEqual([{ source: 'schrodinger-bridge', target: 'score-matching', papers: 1, weight: 1 }]);
  });
});

describe('serializeExport', () => {
  test.each([
    [{ a: '<script>' }, '{"a":"\\u003cscript>"}\n'],
    [{ b: [1, 2] }, '{"b":[1,2]}\n'],
  ])('%j → %j', (value, expected) => {
    expect(serializeExport(value)).toBe(expected);
    expect(JSON.parse(serializeExport(value))).toEqual(value);
  });
});

describe('absoluteUrl', () => {
  test.each([
    ['https://example.org/', '/', '/papers/a/', 'https://example.org/papers/a/'],
    ['https://example.org/', '/atlas/', '/papers/a/', 'https://example.org/atlas/papers/a/'],
    [new URL('https://example.org'), '/atlas', '/sitemap.xml', 'https://example.org/atlas/sitemap.xml'],
  ])('(%s, %j, %j) → %j', (site, base, path, expected) => {
    expect(absoluteUrl(site, base, path)).toBe(expected);
  });

  test.each([undefined, 'not a url'])('refuses site %j', (site) => {
    expect(() => absoluteUrl(site, '/', '/')).toThrow(/Cannot make an absolute URL/);
  });
});

describe('papersExportChunks', () => {
  test.each([0, 1, 3])('joins to exactly the serialised export (%i papers)', (count) => {
    const papers = Array.from({ length: count }, (_, i) => ({
      slug: `p-${count - i}`,
      title: `Title <${i}> "quoted" é`,
      topic: 't',
      keywords: [{ slug: 'k', label: 'K' }],
      related: [],
      codeLinks: [],
      dumps: ['d1'],
      firstSeen: 'd1',
      abstractText: 'a </script> b',
    }));
    const topics = [{ slug: 't', label: 'T' }];
    const context = { site: 'https://e.org/', base: '/atlas/', dumps: ['d1'], latestDump: 'd1', quality: { topics: 1, meanNpmi: 0.1, diversity: 1 } };
    expect([...papersExportChunks(papers, topics, context)].join('')).toBe(serializeExport(buildPapersExport(papers, topics, context)));
  });
});
