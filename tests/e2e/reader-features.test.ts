/**
 * Issue #8 in a real browser: the reading list (save, list, export, clear,
 * import), find-similar, view downloads (a keyword's through its search), filters
 * in the search page's address, feeds and the timeline, on a small site built
 * from ~80 real records.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe-fs.ts';
import { launchChromium, type LaunchedBrowser } from '../helpers/browser-fs.ts';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site-fs.ts';
import { serveStatic, type StaticServer } from '../helpers/serve-static-fs.ts';
import { readPaperEntries } from '../unit/reader/load-papers-fs.ts';
import type { PaperEntry } from '../../src/schemas/paper-entry.ts';
import { keywordSearch, searchPagePath, searchStateFromUrl } from '../../src/lib/search-url.ts';


function trimmedDump(name: string, records: number): string {
  return readFileSync(path.join(PROJECT_ROOT, 'content/dumps', name), 'utf8').split('\n').slice(0, 2 + 2 * records).join('\n');
}

describe('reader features (issue #8)', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: LaunchedBrowser;
  let papers: PaperEntry[];

  beforeAll(async () => {
    site = buildSite({
      name: 'reader-features',
      dumps: { '000_a.txt': trimmedDump('000_204173092b44c16c.txt', 50), '001_b.txt': trimmedDump('001_086f4b8263d124ef.txt', 30) },
    });
    papers = readPaperEntries(site.contentDir);
    server = await serveStatic(site.distDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the site was built', () => {
    expect(site.pipelineStatus, site.pipelineOutput).toBe(0);
    expect(papers.length).toBeGreaterThan(60);
  });

  test('save two papers, list, export, clear and import them back', async () => {
    const page = await browser.context.newPage();
    const [first, second] = papers;
    for (const paper of [first!, second!]) {
      await page.goto(`${server.origin}/papers/${paper.slug}/`);
      const button = page.locator('button[data-save-paper]');
      await expect.poll(() => button.isVisible()).toBe(true);
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-pressed')).toBe('true');
    }
    await page.goto(`${server.origin}/reading-list/`);
    const items = page.locator('[data-rl="items"] li a');
    await expect.poll(() => items.allTextContents()).toEqual([second!.title, first!.title]);

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as JSON' }).click();
    const download = await downloadPromise;
    const file = path.join(site.root, 'reading-list.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { version: number; papers: { slug: string }[] };
    expect(exported.version).toBe(1);
    expect(exported.papers.map((paper) => paper.slug)).toEqual([second!.slug, first!.slug]);

    const textDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download titles and links' }).click();
    const textFile = path.join(site.root, 'reading-list.txt');
    await (await textDownload).saveAs(textFile);
    expect(readFileSync(textFile, 'utf8')).toContain(`${first!.title} — ${server.origin}/papers/${first!.slug}/`);

    await page.getByRole('button', { name: 'Clear list' }).click();
    await expect.poll(() => items.count()).toBe(0);
    await page.setInputFiles('input[data-rl="import"]', file);
    await expect.poll(() => items.allTextContents()).toEqual([second!.title, first!.title]);
    await expect.poll(() => page.locator('[data-rl="status"]').textContent()).toMatch(/Imported 2 papers/);

    await page.setInputFiles('input[data-rl="import"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"papers":1}') });
    await expect.poll(() => page.locator('[data-rl="status"]').textContent()).toMatch(/Import refused/);
    await page.close();
  });

  test('pasting a paper’s abstract on /similar/ lists it and its related papers', async () => {
    const paper = papers.find((candidate) => candidate.related.length >= 3)!;
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/similar/`);
    await page.getByLabel('Text to match').fill(paper.abstractText);
    await page.getByRole('button', { name: 'Find similar papers' }).click();
    const links = page.locator('[data-similar-results] li a');
    await expect.poll(() => links.count(), { timeout: 20_000 }).toBeGreaterThan(3);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs[0]).toBe(`/papers/${paper.slug}/`);
    const related = paper.related.map((item) => `/papers/${item.slug}/`);
    expect(hrefs.slice(1, 7).filter((href) => related.includes(href)).length).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  test('a topic’s CSV download link answers 200 with one row per paper', async () => {
    const page = await browser.context.newPage();
    const topic = papers[0]!.topic;
    await page.goto(`${server.origin}/topics/${topic}/`);
    const href = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
    const response = await page.request.get(`${server.origin}${href}`);
    expect(response.status()).toBe(200);
    const csv = await response.text();
    expect(csv.startsWith('title,abstract,url,topic,keywords,code_links\r\n')).toBe(true);
    const inTopic = papers.filter((paper) => paper.topic === topic);
    // URLs are absolute on the configured `site`, not on this test server.
    for (const paper of inTopic) expect(csv).toContain(`/papers/${paper.slug}/`);
    expect(csv.match(/\/papers\/[a-z0-9-]+\//g)).toHaveLength(inTopic.length);
    const jsonl = await (await page.request.get(`${server.origin}/topics/${topic}/papers.jsonl`)).text();
    expect(jsonl.trim().split('\n')).toHaveLength(inTopic.length);
    await page.close();
  });

  test('the home and topic pages carry the timeline chart and its table', async () => {
    const page = await browser.context.newPage();
    for (const target of ['/', `/topics/${papers[0]!.topic}/`]) {
      await page.goto(`${server.origin}${target}`);
      expect(await page.locator('figure.timeline svg rect').count()).toBe(2);
      expect(await page.locator('figure.timeline table tbody tr').count()).toBe(2);
    }
    const home = await page.goto(`${server.origin}/`);
    expect(home?.status()).toBe(200);
    const cells = await page.locator('#catalogue-timeline tbody td.num:last-child').allTextContents();
    expect(cells.map(Number).reduce((a, b) => a + b, 0)).toBe(papers.length);
    await page.close();
  });

  test('feeds are linked and parse as Atom', async () => {
    const page = await browser.context.newPage();
    const topic = papers[0]!.topic;
    const keyword = papers[0]!.keywords[0]!.slug;
    for (const target of [`/topics/${topic}/`, `/keywords/${keyword}/`, `/dumps/000_a/`, '/']) {
      await page.goto(`${server.origin}${target}`);
      const alternates = await page.locator('link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
      expect(alternates.length).toBeGreaterThan(0);
      for (const href of alternates) {
        const response = await page.request.get(href);
        expect(response.status(), href).toBe(200);
        const entries = await page.evaluate((xml) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          if (doc.querySelector('parsererror')) return -1;
          return doc.documentElement.localName === 'feed' ? doc.getElementsByTagName('entry').length : -2;
        }, await response.text());
        expect(entries, href).toBeGreaterThanOrEqual(0);
      }
    }
    const topicFeed = await (await page.request.get(`${server.origin}/topics/${topic}/feed.xml`)).text();
    expect(topicFeed).toContain('<summary type="text">');
    await page.close();
  });

  test('"Download results" on the search page writes the current results as CSV', async () => {
    const paper = papers[0]!;
    const word = paper.title.split(/\s+/).find((w) => /^[A-Za-z]{6,}$/.test(w)) ?? 'model';
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(word)}`);
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 20_000 });
    const downloadPromise = page.waitForEvent('download');
    await page.locator('[data-export-results] button[data-format="csv"]').click();
    const file = path.join(site.root, 'search-results.csv');
    await (await downloadPromise).saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('title,abstract,url,topic,keywords,code_links\r\n')).toBe(true);
    expect(csv).toContain(`/papers/${paper.slug}/`);
    expect(csv).toContain(paper.abstractText.slice(0, 40));
    await page.close();
  });

  /** Every keyword of the site with the slugs of the papers carrying it. */
  function keywordMembers(): { slug: string; label: string; papers: string[] }[] {
    const bySlug = new Map<string, { slug: string; label: string; papers: string[] }>();
    for (const paper of papers) {
      for (const keyword of paper.keywords) {
        const entry = bySlug.get(keyword.slug) ?? { slug: keyword.slug, label: keyword.label, papers: [] };
        entry.papers.push(paper.slug);
        bySlug.set(keyword.slug, entry);
      }
    }
    return [...bySlug.values()];
  }

  test('a keyword page’s download link opens the search listing exactly its papers; the download holds them all', async () => {
    // The keyword with the most papers: more than the Default UI shows at once (5).
    const keyword = keywordMembers().sort((a, b) => b.papers.length - a.papers.length || (a.slug < b.slug ? -1 : 1))[0]!;
    const count = keyword.papers.length;
    expect(count).toBeGreaterThan(5);
    const expected = keyword.papers.map((slug) => `/papers/${slug}/`).sort();
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/keywords/${keyword.slug}/`);
    expect(await page.request.get(`${server.origin}/keywords/${keyword.slug}/papers.csv`).then((response) => response.status())).toBe(404);
    await page.getByRole('link', { name: `Download these ${count} papers` }).click();
    await page.waitForURL(/\/search\/\?/);
    expect(searchStateFromUrl(new URL(page.url()).search)).toEqual(keywordSearch(keyword.label));

    const results = page.locator('.pagefind-ui__result');
    await results.first().waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.pagefind-ui__message').textContent()).toMatch(new RegExp(`^${count} results for `));
    const more = page.locator('button.pagefind-ui__button');
    await expect
      .poll(async () => {
        if (await more.isVisible()) await more.click();
        return results.count();
      })
      .toBe(count);
    const listed = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    expect(listed.sort()).toEqual(expected);

    for (const format of ['csv', 'jsonl'] as const) {
      const downloadPromise = page.waitForEvent('download');
      await page.locator(`[data-export-results] button[data-format="${format}"]`).click();
      const file = path.join(site.root, `keyword-results.${format}`);
      await (await downloadPromise).saveAs(file);
      const text = readFileSync(file, 'utf8');
      if (format === 'csv') expect(text.startsWith('title,abstract,url,topic,keywords,code_links\r\n')).toBe(true);
      else expect(text.trim().split('\n')).toHaveLength(count);
      const urls = (text.match(/\/papers\/[a-z0-9-]+\//g) ?? []).sort();
      expect(urls, format).toEqual(expected);
      await expect.poll(() => page.locator('[data-export-status]').textContent()).toBe(`Downloaded ${count} results for “${keyword.label}” with keyword “${keyword.label}”.`);
    }
    await page.close();
  });

  test('filters chosen on the search page stay in its address and come back with it', async () => {
    const keyword = keywordMembers().sort((a, b) => b.papers.length - a.papers.length || (a.slug < b.slug ? -1 : 1))[0]!;
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${searchPagePath(keywordSearch(keyword.label))}`);
    const results = page.locator('.pagefind-ui__result');
    await results.first().waitFor({ timeout: 20_000 });
    const group = page.locator('.pagefind-ui__filter-block').filter({ has: page.locator('summary', { hasText: /^\s*keyword\s*$/i }) });
    await group.locator('summary').click();
    const box = group.locator(`input[name="keyword"][value=${JSON.stringify(keyword.label)}]`);
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(() => searchStateFromUrl(new URL(page.url()).search)).toEqual({ query: keyword.label, filters: {} });
    await box.check();
    await expect.poll(() => searchStateFromUrl(new URL(page.url()).search)).toEqual(keywordSearch(keyword.label));
    // The field too: a new query keeps the filter (every paper of the keyword holds its first word).
    const word = keyword.label.split(' ')[0]!;
    await page.getByRole('textbox', { name: 'Search papers' }).fill(word);
    await expect.poll(() => searchStateFromUrl(new URL(page.url()).search)).toEqual({ query: word, filters: { keyword: [keyword.label] } });
    await page.reload();
    await results.first().waitFor({ timeout: 20_000 });
    await group.locator('summary').click();
    expect(await box.isChecked()).toBe(true);
    await page.close();
  });

  test('every keyword’s search lists exactly its papers, and so does the search by its filter alone', async () => {
    const keywords = keywordMembers();
    expect(keywords.length).toBeGreaterThan(50);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/search/`);
    const searches = keywords.map((keyword) => keywordSearch(keyword.label));
    // Pagefind's JS API, as "Download results" calls it (the Default UI calls the same search).
    // A string, so that vitest leaves its `import()` alone.
    const counts = (await page.evaluate(`(async (states) => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ baseUrl: '/' });
      const manifest = await (await fetch('/pagefind/atlas-parts.json')).json();
      for (const part of manifest.parts) await pagefind.mergeIndex(part, { baseUrl: '/' });
      const found = [];
      for (const { query, filters } of states) {
        found.push([(await pagefind.search(query, { filters })).results.length, (await pagefind.search(null, { filters })).results.length]);
      }
      return found;
    })(${JSON.stringify(searches)})`)) as [number, number][];
    const mismatches = keywords.flatMap((keyword, index) => {
      const [withQuery, filterOnly] = counts[index]!;
      return withQuery === keyword.papers.length && filterOnly === keyword.papers.length ? [] : [`${keyword.label}: ${keyword.papers.length} papers, ${withQuery} with the query, ${filterOnly} by the filter alone`];
    });
    expect(mismatches).toEqual([]);
    await page.close();
  });

  test.each(['light', 'dark'] as const)('axe-core finds no violation on /similar/ and /reading-list/ in use (%s)', async (scheme) => {
    const axeBrowser = await launchChromium({ bypassCSP: true, colorScheme: scheme });
    try {
      const page = await axeBrowser.context.newPage();
      await page.goto(`${server.origin}/papers/${papers[0]!.slug}/`);
      await page.locator('button[data-save-paper]').click();
      const violations: string[] = [];
      for (const target of ['/similar/', '/reading-list/', `/papers/${papers[0]!.slug}/`]) {
        await page.goto(`${server.origin}${target}`, { waitUntil: 'load' });
        if (target === '/similar/') {
          await page.getByLabel('Text to match').fill(papers[1]!.abstractText);
          await page.getByRole('button', { name: 'Find similar papers' }).click();
          await page.locator('[data-similar-results] li').first().waitFor();
        }
        violations.push(...(await axeViolations(page, target)));
      }
      expect(violations).toEqual([]);
    } finally {
      await axeBrowser.close();
    }
  }, 120_000);

  test('without JavaScript the save button stays hidden and the pages explain themselves', async () => {
    const page = await browser.context.newPage();
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(`${server.origin}/papers/${papers[0]!.slug}/`);
    expect(await page.locator('button[data-save-paper]').isVisible()).toBe(false);
    await page.goto(`${server.origin}/similar/`);
    expect(await page.locator('[data-similar-nojs]').isVisible()).toBe(true);
    expect(await page.locator('form[data-similar-form]').isVisible()).toBe(false);
    await page.close();
  });
});
