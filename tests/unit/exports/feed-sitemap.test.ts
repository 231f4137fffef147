import { describe, expect, test } from 'vitest';
import { buildRobotsTxt } from '../../../src/lib/feed-robots.ts';
import {
  buildSitemap,
  buildSitemapIndex,
  chunkSitemapUrls,
  SITEMAP_URL_LIMIT,
  sitemapFiles,
  sitemapPartPath,
  sitemapPaths,
  STATIC_PAGE_PATHS,
} from '../../../src/lib/feed-sitemap.ts';

describe('sitemapPaths', () => {
  test('lists static pages, papers and every page of each list once, sorted', () => {
    expect(
      sitemapPaths({
        papers: ['b', 'a', 'a'],
        lists: [
          { firstPath: '/topics/t/', items: 81, pageSize: 40 },
          { firstPath: '/keywords/k/', items: 40, pageSize: 40 },
          { firstPath: '/dumps/000_x/', items: 0, pageSize: 60 },
        ],
        staticPaths: ['/', '/search/'],
      }),
    ).toEqual([
      '/',
      '/dumps/000_x/',
      '/keywords/k/',
      '/papers/a/',
      '/papers/b/',
      '/search/',
      '/topics/t/',
      '/topics/t/2/',
      '/topics/t/3/',
    ]);
  });

  test('defaults to the static pages of the site', () => {
    expect(sitemapPaths({ papers: [], lists: [] })).toEqual([...STATIC_PAGE_PATHS].sort());
  });
});

describe('buildSitemap', () => {
  test('writes a urlset with escaped locations', () => {
    expect(buildSitemap(['https://example.org/atlas/', 'https://example.org/a?b=1&c=2'])).toBe(
      '<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
        '<url><loc>https://example.org/atlas/</loc></url><url><loc>https://example.org/a?b=1&#x26;c=2</loc></url></urlset>\n',
    );
  });

  test('refuses more URLs than the protocol allows', () => {
    const urls = Array.from({ length: SITEMAP_URL_LIMIT + 1 }, (_, i) => `https://e.org/${i}`);
    expect(() => buildSitemap(urls)).toThrow(/expected at most 50000 URLs per file, got 50001/);
  });

  test('index and chunks', () => {
    expect(chunkSitemapUrls(['a', 'b', 'c'], 2)).toEqual([['a', 'b'], ['c']]);
    expect(buildSitemapIndex(['https://e.org/s1.xml'])).toContain('<sitemap><loc>https://e.org/s1.xml</loc></sitemap>');
  });
});

describe('buildRobotsTxt', () => {
  test.each([
    ['/', 'https://e.org/sitemap.xml', 'User-agent: *\nAllow: /\nDisallow: /pagefind/\n\nSitemap: https://e.org/sitemap.xml\n'],
    ['/atlas/', 'https://e.org/atlas/sitemap.xml', 'User-agent: *\nAllow: /atlas/\nDisallow: /atlas/pagefind/\n\nSitemap: https://e.org/atlas/sitemap.xml\n'],
    ['/atlas', 'https://e.org/atlas/sitemap.xml', 'User-agent: *\nAllow: /atlas/\nDisallow: /atlas/pagefind/\n\nSitemap: https://e.org/atlas/sitemap.xml\n'],
  ])('base %j', (base, url, expected) => {
    expect(buildRobotsTxt(url, base)).toBe(expected);
  });

  test('refuses multi-line values', () => {
    expect(() => buildRobotsTxt('https://e.org/\nDisallow: /', '/')).toThrow(/single-line/);
  });
});

describe('sitemapFiles', () => {
  const partUrl = (part: number) => `https://e.org${sitemapPartPath(part)}`;

  test('one urlset while the URLs fit in one file', () => {
    const urls = ['https://e.org/a/', 'https://e.org/b/'];
    expect(sitemapFiles(urls, partUrl)).toEqual({ main: buildSitemap(urls), parts: [] });
  });

  test('an index of parts above the limit, every URL in exactly one part, in order', () => {
    const urls = Array.from({ length: SITEMAP_URL_LIMIT * 2 + 1 }, (_, i) => `https://e.org/p/${i}/`);
    const { main, parts } = sitemapFiles(urls, partUrl);
    expect(parts).toHaveLength(3);
    expect(main).toBe(buildSitemapIndex(['https://e.org/sitemaps/1.xml', 'https://e.org/sitemaps/2.xml', 'https://e.org/sitemaps/3.xml']));
    const listed = parts.flatMap((part) => [...part.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]));
    expect(listed).toEqual(urls);
  });
});
