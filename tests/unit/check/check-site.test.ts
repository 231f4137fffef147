import { describe, expect, test } from 'vitest';
import { checkSite, type BuiltSiteContents } from '../../../scripts/lib/check/check-site.ts';

const papers = [
  { slug: 'a', title: 'Alpha Paper' },
  { slug: 'b', title: 'Beta "Quoted" Paper' },
  { slug: 'c', title: '</script> Gamma' },
];
const whole: BuiltSiteContents = { pages: ['a', 'b', 'c'], searchEntries: ['c', 'b', 'a'], exportRows: ['a', 'b', 'c'] };

describe('checkSite', () => {
  test('a complete site gives no diagnostic', () => {
    expect(checkSite(papers, whole)).toEqual([]);
  });

  test('an empty catalogue and an empty site are consistent', () => {
    expect(checkSite([], { pages: [], searchEntries: [], exportRows: [] })).toEqual([]);
  });

  test.each([
    ['pages', 'dist/papers/', 'a page'],
    ['searchEntries', 'dist/pagefind/', 'a search index entry'],
    ['exportRows', 'dist/papers.json', 'a row in papers.json'],
  ] as const)('a paper missing from %s is an error listing its title', (key, file, what) => {
    const site = { ...whole, [key]: ['a'] };
    expect(checkSite(papers, site)).toEqual([
      {
        file,
        severity: 'error',
        message: `2 paper(s) without ${what}: "Beta \\"Quoted\\" Paper", "</script> Gamma"; rebuild the site (node scripts/build-site.ts) from the current content`,
      },
    ]);
  });

  test.each([
    ['pages', 'a page'],
    ['searchEntries', 'a search index entry'],
    ['exportRows', 'a row in papers.json'],
  ] as const)('a paper twice in %s is an error naming it', (key, what) => {
    const site = { ...whole, [key]: [...whole[key], 'b'] };
    expect(checkSite(papers, site).map((each) => each.message)).toEqual([`1 paper(s) with more than ${what}: b (2×)`]);
  });

  test('output for a slug no paper has is an error (stale page or row)', () => {
    const site = { ...whole, exportRows: [...whole.exportRows, 'old'] };
    expect(checkSite(papers, site)).toEqual([
      {
        file: 'dist/papers.json',
        severity: 'error',
        message: '1 slug(s) with a row in papers.json but no paper in the content: old; remove the stale output and rebuild',
      },
    ]);
  });

  test('every broken part is reported, not only the first', () => {
    const site = { pages: [], searchEntries: ['a', 'a', 'b', 'c'], exportRows: ['a', 'b', 'c', 'z'] };
    expect(checkSite(papers, site).map((each) => each.file)).toEqual(['dist/papers/', 'dist/pagefind/', 'dist/papers.json']);
  });

  test('a long list names 20 titles and counts the rest', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ slug: `p${i}`, title: `T${i}` }));
    const [diagnostic] = checkSite(many, { pages: [], searchEntries: many.map((p) => p.slug), exportRows: many.map((p) => p.slug) });
    expect(diagnostic?.message).toMatch(/^25 paper\(s\) without a page: "T0", .*"T19" and 5 more; /);
  });
});

describe('checkSite with redirected paper URLs', () => {
  const papers = [{ slug: 'a', title: 'A' }];
  const site = { pages: ['a', 'old-a'], searchEntries: ['a'], exportRows: ['a'] };

  test('a redirect page of an old paper URL is not a stray page', () => {
    expect(checkSite(papers, site, new Set(['old-a']))).toEqual([]);
  });

  test('without the redirect it is', () => {
    expect(checkSite(papers, site).map((d) => d.message)).toEqual([expect.stringContaining('1 slug(s) with a page but no paper in the content: old-a')]);
  });

  test('a redirect never hides a stray search entry or export row', () => {
    const stray = { ...site, searchEntries: ['a', 'old-a'] };
    expect(checkSite(papers, stray, new Set(['old-a']))).toHaveLength(1);
  });
});
