import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site-fs.ts';

// A site served under a sub-path, as GitHub project pages are: https://example.org/atlas/.
const BASE = '/atlas/';
const SITE_URL = 'https://example.org/atlas/';
const TYPES: Record<string, string> = { '.html': 'text/html', '.xml': 'application/xml', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** The first `records` title/abstract records of a default dump (records start on its third line). */
function trimmedDump(name: string, records: number): string {
  return readFileSync(path.join(PROJECT_ROOT, 'content/dumps', name), 'utf8').split('\n').slice(0, 2 + 2 * records).join('\n');
}

/** Serves `dist` under `BASE` only, like a static host would; anything else is a 404. */
function serve(dist: string): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = pathname.startsWith(BASE) ? path.join(dist, pathname.slice(BASE.length)) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every URL an HTML or XML file points to: href/src attributes, meta refresh targets, sitemap `<loc>`s, the Pagefind bundle path. */
function linksIn(text: string): string[] {
  const links: string[] = [];
  for (const match of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) links.push(match[1]!.replaceAll('&amp;', '&'));
  // The bundle path is a folder; Pagefind loads `pagefind.js` from it.
  for (const match of text.matchAll(/\sdata-bundle-path="([^"]*)"/g)) links.push(`${match[1]!}pagefind.js`);
  for (const match of text.matchAll(/<loc>([^<]*)<\/loc>/g)) links.push(match[1]!);
  for (const match of text.matchAll(/http-equiv="refresh" content="\d+;\s*url=([^"]*)"/g)) links.push(match[1]!);
  return links;
}

describe(`a site built with BASE_PATH=${BASE}`, () => {
  let site: BuiltSite;
  let server: Server;
  let origin: string;
  const previousSiteUrl = process.env.SITE_URL;

  beforeAll(async () => {
    process.env.SITE_URL = SITE_URL;
    try {
      site = buildSite({
        name: 'base-path',
        basePath: BASE,
        dumps: { '000_a.txt': trimmedDump('000_204173092b44c16c.txt', 60), '001_b.txt': trimmedDump('001_086f4b8263d124ef.txt', 30) },
      });
    } finally {
      if (previousSiteUrl === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = previousSiteUrl;
    }
    server = await serve(site.distDir);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  test('the pipeline and the build succeed', () => {
    expect(site.pipelineStatus, site.pipelineOutput).toBe(0);
    expect(existsSync(path.join(site.distDir, 'index.html'))).toBe(true);
    expect(existsSync(path.join(site.distDir, 'pagefind/pagefind.js'))).toBe(true);
  });

  test('every internal link of every page, feed and sitemap resolves under the base, and none leaves it', async () => {
    const pages = [...filesUnder(site.distDir, '.html'), ...filesUnder(site.distDir, '.xml')];
    // Distinct offending link → first page that has it, so a template bug reads as one line, not thousands.
    const outside = new Map<string, string>();
    const targets = new Map<string, string>();
    for (const file of pages) {
      const relative = path.relative(site.distDir, file).split(path.sep).join('/');
      const pageUrl = new URL(`${BASE}${relative.replace(/index\.html$/, '')}`, origin);
      for (const link of linksIn(readFileSync(file, 'utf8'))) {
        if (/^(?:mailto:|javascript:|data:|#)/.test(link) || link === '') continue;
        const url = new URL(link.replace(/^https:\/\/example\.org\//, `${origin}/`), pageUrl);
        if (url.origin !== origin) continue;
        url.hash = '';
        if (!url.pathname.startsWith(BASE)) {
          if (!outside.has(link)) outside.set(link, relative);
        }
        else if (!targets.has(url.href)) targets.set(url.href, `${relative}: ${link}`);
      }
    }
    const offending = [...outside].map(([link, page]) => `${page}: ${link}`);
    expect(offending.slice(0, 40), `${offending.length} distinct links outside the base (first page: link)`).toEqual([]);
    const broken: string[] = [];
    const queue = [...targets];
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let next = queue.pop(); next; next = queue.pop()) {
          const response = await fetch(next[0], { method: 'HEAD' });
          if (response.status !== 200) broken.push(`${next[1]} → ${response.status}`);
        }
      }),
    );
    expect(broken.sort(), 'links that do not resolve (page: link → status)').toEqual([]);
    expect(targets.size).toBeGreaterThan(100);
  });

  test('the search page loads Pagefind from the base', async () => {
    const search = readFileSync(path.join(site.distDir, 'search/index.html'), 'utf8');
    expect(search).not.toMatch(/["'(]\/pagefind\//);
    for (const asset of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json']) {
      expect((await fetch(`${origin}${BASE}${asset}`)).status, asset).toBe(200);
    }
  });
});
