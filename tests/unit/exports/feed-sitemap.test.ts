import { describe, expect, test } from 'vitest';
import { buildRobotsTxt } from '../../../src/lib/feed-robots.ts';
import {
  buildSitemap,
  buildSitemapIndex,
  chunkSitemapUrls,
  SITEMAP_URL_LIMIT,
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
