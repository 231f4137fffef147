import { describe, expect, test } from 'vitest';
import { buildAtomFeed, type AtomFeed } from '../../../src/lib/feed-atom.ts';
import { toXmlSafeText, xmlText } from '../../../src/lib/feed-xml-text.ts';
import { buildDumpFeed, dumpFeedPath, dumpUpdated } from '../../../src/lib/feed-papers.ts';
import { papersOfDump } from '../../../src/lib/feed-collect.ts';
import { fixtureContext, fixturePapers } from './fixture-catalogue.ts';

const feed = (summary: string, title = 'T'): AtomFeed => ({
  id: 'https://example.org/feed.xml',
  title: 'Feed',
  selfUrl: 'https://example.org/feed.xml',
  alternateUrl: 'https://example.org/',
  updated: '2000-01-01T00:00:00Z',
  author: 'Paper Atlas',
  entries: [{ id: 'https://example.org/p/', title, link: 'https://example.org/p/?a=1&b=2', summary, updated: '2000-01-01T00:00:00Z' }],
});

describe('buildAtomFeed escaping', () => {
  test.each([
    ['a < b', 'a &#x3C; b'],
    ['R&D', 'R&#x26;D'],
    ['x ]]> y', 'x ]]&gt; y'],
    [']]>]]>', ']]&gt;]]&gt;'],
    ['bell\u0007 and nul\u0000 gone', 'bell and nul gone'],
    ['tab\tand newline\nkept', 'tab\tand newline\nkept'],
    ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
    ['Schrödinger', 'Schrödinger'],
  ])('summary %j is written as %j', (summary, expected) => {
    expect(buildAtomFeed(feed(summary))).toContain(`<summary type="text">${expected}</summary>`);
  });

  test('attributes are escaped', () => {
    expect(buildAtomFeed(feed('s'))).toContain('href="https://example.org/p/?a=1&#x26;b=2"');
  });

  test('writes a complete Atom document', () => {
    expect(buildAtomFeed(feed('s'))).toBe(
      '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">' +
        '<id>https://example.org/feed.xml</id><title type="text">Feed</title>' +
        '<link rel="self" type="application/atom+xml" href="https://example.org/feed.xml" />' +
        '<link rel="alternate" type="text/html" href="https://example.org/" />' +
        '<updated>2000-01-01T00:00:00Z</updated><author><name>Paper Atlas</name></author>' +
        '<entry><id>https://example.org/p/</id><title type="text">T</title>' +
        '<link rel="alternate" type="text/html" href="https://example.org/p/?a=1&#x26;b=2" />' +
        '<updated>2000-01-01T00:00:00Z</updated><summary type="text">s</summary></entry></feed>\n',
    );
  });
});

describe('xml text helpers', () => {
  test.each([
    ['plain', 'plain'],
    ['\u000B\u000C\u001F', ''],
    ['\uFFFE\uFFFF', ''],
    ['\r\n', '\r\n'],
  ])('toXmlSafeText(%j) → %j', (input, expected) => {
    expect(toXmlSafeText(input)).toBe(expected);
  });

  test('xmlText splits only at ]]>', () => {
    expect(xmlText('a]]>b').map((node) => ('value' in node ? node.value : ''))).toEqual(['a', ']]', '&gt;', 'b']);
    expect(xmlText('')).toEqual([]);
  });
});

describe('dump feeds', () => {
  test.each([
    ['000_a', '2000-01-01T00:00:00Z'],
    ['001_b', '2000-01-02T00:00:00Z'],
  ])('dump %s is dated %s', (dump, expected) => {
    expect(dumpUpdated(fixtureContext.dumps, dump)).toBe(expected);
  });

  test('an unknown dump cannot be dated', () => {
    expect(() => dumpUpdated(['a'], 'b')).toThrow(/Cannot date dump "b"/);
  });

  test('dumpFeedPath', () => {
    expect(dumpFeedPath('001_b')).toBe('/dumps/001_b/feed.xml');
  });

  test('papersOfDump keeps dump order and reports missing slugs', () => {
    const bySlug = new Map(fixturePapers.map((paper) => [paper.slug, paper]));
    const { papers, missing } = papersOfDump(['adapters-for-speech', 'nope', 'simplified-diffusion-schrodinger-bridge'], bySlug);
    expect(papers.map((paper) => paper.slug)).toEqual(['adapters-for-speech', 'simplified-diffusion-schrodinger-bridge']);
    expect(missing).toEqual(['nope']);
  });

  test('a dump feed has absolute ids and links under the base, and a deterministic date', () => {
    const model = buildDumpFeed({
      dump: '000_a',
      dumps: fixtureContext.dumps,
      papers: [fixturePapers[0]!, fixturePapers[2]!],
      topicLabels: new Map([['diffusion', 'Diffusion Models']]),
      feedPath: dumpFeedPath('000_a'),
      pagePath: '/dumps/000_a/',
      title: 'New in 000_a',
      site: 'https://example.org/',
      base: '/atlas/',
    });
    expect(model).toMatchObject({
      id: 'https://example.org/atlas/dumps/000_a/feed.xml',
      selfUrl: 'https://example.org/atlas/dumps/000_a/feed.xml',
      alternateUrl: 'https://example.org/atlas/dumps/000_a/',
      updated: '2000-01-01T00:00:00Z',
    });
    expect(model.entries[0]).toEqual({
      id: 'https://example.org/atlas/papers/simplified-diffusion-schrodinger-bridge/',
      title: 'Simplified Diffusion Schrödinger Bridge',
      link: 'https://example.org/atlas/papers/simplified-diffusion-schrodinger-bridge/',
      summary: 'We simplify the Diffusion Schrödinger Bridge (DSB) & relate it to <SGMs>.',
      updated: '2000-01-01T00:00:00Z',
      categories: [{ term: 'diffusion', label: 'Diffusion Models' }],
    });
    expect(model.entries[1]?.categories).toEqual([{ term: 'speech', label: 'speech' }]);
    const xml = buildAtomFeed(model);
    expect(xml).toContain('relate it to &#x3C;SGMs>.');
    expect(buildAtomFeed(model)).toBe(xml);
  });
});
