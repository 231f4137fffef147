import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe-fs.ts';
import { launchChromium, type LaunchedBrowser } from '../helpers/browser-fs.ts';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site-fs.ts';
import { checkHtml } from '../helpers/html-checker-fs.ts';
import { serveStatic, type StaticServer } from '../helpers/serve-static-fs.ts';
import { fileOf, sitePaths } from '../helpers/site-files-fs.ts';
import { papersExportSchema, topicsExportSchema } from '../../src/lib/export-schema.ts';
import { searchStateFromUrl } from '../../src/lib/search-url.ts';

const DEFAULT_DUMPS = path.join(PROJECT_ROOT, 'content/dumps');

interface ExportedPaper {
  slug: string;
  url: string;
  title: string;
  abstract: string;
  topic: { slug: string; label: string };
  keywords: { slug: string; label: string }[];
}

/** The default catalogue, built exactly as `npm run build` builds it, once for every check below. */
describe('the site built from the default dumps', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: LaunchedBrowser;
  let papers: ExportedPaper[];
  let pages: string[];

  beforeAll(async () => {
    site = buildSite({ name: 'default-site', dumpFiles: readdirSync(DEFAULT_DUMPS).map((name) => path.join(DEFAULT_DUMPS, name)) });
    papers = (JSON.parse(readFileSync(path.join(site.distDir, 'papers.json'), 'utf8')) as { papers: ExportedPaper[] }).papers;
    pages = sitePaths(site.distDir, '.html');
    server = await serveStatic(site.distDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** One page of every kind, plus a spread of papers and keywords. */
  function samplePages(): string[] {
    const spread = (prefix: string, count: number) => {
      const matching = pages.filter((page) => page.startsWith(prefix) && page !== prefix);
      return matching.filter((_, index) => index % Math.max(1, Math.floor(matching.length / count)) === 0).slice(0, count);
    };
    const singles = pages.filter((page) => !/^\/(papers|keywords|topics|dumps)\/./.test(page));
    return [...singles, ...spread('/papers/', 20), ...spread('/keywords/', 15), ...spread('/topics/', 8), ...spread('/dumps/', 4)];
  }

  test('every distinct paper has exactly one page and one row in papers.json', () => {
    expect(site.pipelineStatus, site.pipelineOutput).toBe(0);
    expect(papers).toHaveLength(485);
    expect(new Set(papers.map((paper) => paper.slug)).size).toBe(485);
    const paperPages = pages.filter((page) => /^\/papers\/[^/]+\/$/.test(page));
    expect(paperPages.sort()).toEqual(papers.map((paper) => `/papers/${paper.slug}/`).sort());
  });

  test('papers.json and topics.json match their published schemas and agree with each other', () => {
    const exported = papersExportSchema.parse(JSON.parse(readFileSync(path.join(site.distDir, 'papers.json'), 'utf8')));
    const topics = topicsExportSchema.parse(JSON.parse(readFileSync(path.join(site.distDir, 'topics.json'), 'utf8')));
    const slugs = exported.papers.map((paper) => paper.slug);
    expect(slugs).toEqual([...slugs].sort());
    const topicOf = new Map(exported.papers.map((paper) => [paper.slug, paper.topic.slug]));
    for (const topic of topics.topics) {
      expect(topic.size).toBe(topic.papers.length);
      for (const slug of topic.papers) expect(topicOf.get(slug)).toBe(topic.slug);
    }
    expect(topics.topics.reduce((sum, topic) => sum + topic.size, 0)).toBe(exported.papers.length);
  });

  test('every topic page has its downloads and feed, every keyword page its feed and a download link to its search, for the papers the page counts', () => {
    const listPages = pages.filter((page) => /^\/(topics|keywords)\/[^/]+\/$/.test(page) && !page.startsWith('/keywords/letter/'));
    expect(listPages.length).toBeGreaterThan(100);
    const keywordLabels = new Map(papers.flatMap((paper) => paper.keywords.map((keyword) => [keyword.slug, keyword.label] as const)));
    let keywordPages = 0;
    for (const page of listPages) {
      const html = readFileSync(fileOf(site.distDir, page), 'utf8');
      if (/http-equiv="refresh"/.test(html)) continue;
      const count = Number(/<p class="lede">\s*([\d,]+) papers?/.exec(html)?.[1]?.replace(/,/g, '') ?? Number.NaN);
      const folder = path.join(site.distDir, page);
      const entries = readFileSync(path.join(folder, 'feed.xml'), 'utf8').match(/<entry>/g)?.length ?? 0;
      expect(entries, page).toBe(Math.min(count, 50));
      if (page.startsWith('/topics/')) {
        const jsonl = readFileSync(path.join(folder, 'papers.jsonl'), 'utf8').split('\n').filter(Boolean);
        const csv = readFileSync(path.join(folder, 'papers.csv'), 'utf8');
        expect(jsonl, page).toHaveLength(count);
        expect(csv.startsWith('title,abstract,url,topic,keywords,code_links\r\n'), page).toBe(true);
        continue;
      }
      // Keywords: no files of their own (view-files.ts); the link opens the search for the keyword.
      keywordPages += 1;
      expect(existsSync(path.join(folder, 'papers.csv')), page).toBe(false);
      expect(existsSync(path.join(folder, 'papers.jsonl')), page).toBe(false);
      const link = /<p class="export-links">\s*<a href="([^"]+)">Download (?:this paper|these ([\d,]+) papers)<\/a>/.exec(html);
      expect(link, page).not.toBeNull();
      expect(Number(link![2]?.replace(/,/g, '') ?? 1), page).toBe(count);
      const href = new URL(link![1]!.replaceAll('&amp;', '&'), 'http://site/');
      expect(href.pathname, page).toBe('/search/');
      const label = keywordLabels.get(page.split('/')[2]!)!;
      expect(searchStateFromUrl(href.search), page).toEqual({ query: label, filters: { keyword: [label] } });
    }
    expect(keywordPages).toBeGreaterThan(50);
  });

  test('sitemap.xml lists exactly the built pages that are not noindex', () => {
    const sitemap = readFileSync(path.join(site.distDir, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname).sort();
    const indexable = pages.filter((page) => !page.endsWith('.html') && !/<meta name="robots" content="noindex"/.test(readFileSync(fileOf(site.distDir, page), 'utf8')));
    expect(listed).toEqual(indexable);
  });

  test('the Nu Html Checker finds no error on any kind of page', () => {
    const errors = checkHtml(samplePages().map((page) => fileOf(site.distDir, page)));
    expect(errors.map((error) => `${error.file}:${error.line}: ${error.message}`)).toEqual([]);
  }, 300_000);

  test('no internal link or asset in the whole site is broken', () => {
    const broken = new Set<string>();
    for (const page of pages) {
      const html = readFileSync(fileOf(site.distDir, page), 'utf8');
      for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const link = raw!.replaceAll('&amp;', '&');
        const url = new URL(link, `http://site${page}`);
        if (url.origin !== 'http://site' || url.pathname.startsWith('/pagefind/') || url.pathname.startsWith('/_astro/')) continue;
        const target = decodeURIComponent(url.pathname);
        if (!existsSync(path.join(site.distDir, target)) && !hasIndexPage(site.distDir, target)) broken.add(`${page} → ${link}`);
      }
    }
    expect([...broken].slice(0, 20)).toEqual([]);
  });

  test.each(['light', 'dark'] as const)('axe-core finds no violation on home, topic, paper, keyword and search pages (%s)', async (scheme) => {
    const axeBrowser = await launchChromium({ bypassCSP: true, colorScheme: scheme });
    try {
      const page = await axeBrowser.context.newPage();
      const targets = ['/', pages.find((p) => /^\/topics\/[^/]+\/$/.test(p))!, `/papers/${papers[0]!.slug}/`, `/keywords/${papers[0]!.keywords[0]!.slug}/`, '/search/'];
      const violations: string[] = [];
      for (const target of targets) {
        await page.goto(`${server.origin}${target}`, { waitUntil: 'load' });
        violations.push(...(await axeViolations(page, target)));
      }
      expect(violations).toEqual([]);
    } finally {
      await axeBrowser.close();
    }
  }, 180_000);

  describe('in the browser', () => {
    async function search(page: Page, query: string): Promise<string[]> {
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
      await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 20_000 });
      return page.locator('.pagefind-ui__result-link').allTextContents();
    }

    test('a word that occurs in only one abstract finds that paper first', async () => {
      const { word, paper } = uniqueAbstractWord(papers);
      const page = await browser.context.newPage();
      const titles = await search(page, word);
      expect(titles[0]?.trim()).toBe(paper.title);
      await page.close();
    });

    test('"Schrödinger" finds the paper whose dump wrote Schr\\"odinger', async () => {
      const page = await browser.context.newPage();
      const titles = await search(page, 'Schrödinger');
      expect(titles).toContain('Simplified Diffusion Schrödinger Bridge');
      await page.close();
    });

    test('a topic filter keeps only that topic’s papers', async () => {
      const page = await browser.context.newPage();
      const before = await search(page, 'model');
      const topic = papers[0]!.topic;
      const filter = page.locator('.pagefind-ui__filter-block').filter({ has: page.locator('summary', { hasText: /^\s*topic\s*$/i }) });
      await filter.locator('summary').click();
      await filter.getByLabel(topic.label, { exact: false }).first().check();
      await page.waitForFunction(
        (count) => document.querySelectorAll('.pagefind-ui__result').length !== count || document.querySelector('.pagefind-ui__message')?.textContent?.includes('result'),
        before.length,
      );
      await page.waitForTimeout(500);
      const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
      expect(hrefs.length).toBeGreaterThan(0);
      const topicOf = new Map(papers.map((paper) => [`/papers/${paper.slug}/`, paper.topic.slug]));
      for (const href of hrefs) expect(topicOf.get(href) ?? 'topic page').toMatch(new RegExp(`^(${topic.slug}|topic page)$`));
      await page.close();
    });

    test('clicking a graph node opens its keyword page', async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/`, { waitUntil: 'load' });
      const node = page.locator('svg a').first();
      const href = await node.getAttribute('href');
      expect(href).toMatch(/^\/keywords\/[a-z0-9-]+\/$/);
      await node.click();
      await page.waitForURL(`${server.origin}${href}`);
      expect(await page.locator('h1').textContent()).toBeTruthy();
      await page.close();
    });
  });
});

function hasIndexPage(distDir: string, sitePath: string): boolean {
  return existsSync(path.join(distDir, sitePath, 'index.html'));
}

/**
 * A word of at least 9 letters in exactly one paper's abstract, first alphabetically. Words are
 * compared by their first 7 letters, so that no other paper holds a word of the same stem
 * (Pagefind stems words: "regularizer" and "regularization" meet) in any text.
 */
function uniqueAbstractWord(papers: readonly ExportedPaper[]): { word: string; paper: ExportedPaper } {
  const stem = (word: string) => word.slice(0, 7);
  const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const owners = new Map<string, Set<ExportedPaper>>();
  for (const paper of papers) {
    const text = `${paper.title} ${paper.abstract} ${paper.topic.label} ${paper.keywords.map((keyword) => keyword.label).join(' ')}`;
    for (const word of words(text)) owners.set(stem(word), (owners.get(stem(word)) ?? new Set()).add(paper));
  }
  const candidates = papers.flatMap((paper) => [...words(paper.abstract)].filter((word) => word.length >= 9).map((word) => [word, paper] as const));
  const [word, paper] = candidates.filter(([each]) => owners.get(stem(each))?.size === 1).sort(([a], [b]) => (a < b ? -1 : 1))[0] ?? [];
  if (!word || !paper) throw new Error('Cannot pick a search word: expected a word unique to one abstract');
  return { word, paper };
}
