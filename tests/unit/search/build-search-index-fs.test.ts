import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../../../scripts/lib/search/build-search-index-fs.ts';

const page = (title: string, body: string, indexed = true) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>menu</nav>` +
  `<main${indexed ? ' data-pagefind-body' : ''}><h1 data-pagefind-meta="title">${title}</h1><p>${body}</p>` +
  `<span data-pagefind-filter="topic">diffusion</span></main></body></html>`;

let site: string;

beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'atlas-search-'));
  const pages: Record<string, string> = {
    'about/index.html': page('About', 'about the atlas', false),
    'index.html': page('Home', 'welcome', false),
    'papers/a/index.html': page('Simplified Diffusion Schrödinger Bridge', 'A Schrödinger bridge for diffusion.'),
    'papers/b/index.html': page('Score matching', 'Denoising score matching.'),
    'papers/c/index.html': page('Flow matching', 'Flow matching with diffusion paths.'),
  };
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(site, file)), { recursive: true });
    await writeFile(path.join(site, file), html);
  }
});

afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('buildSearchIndex', () => {
  test('indexes a small site in one part with an empty parts manifest', async () => {
    const summary = await buildSearchIndex({ siteDir: site });
    expect(summary).toMatchObject({ files: 5, pages: 3, parts: 1 });
    expect(summary.bytes).toBeGreaterThan(0);
    const names = await readdir(site);
    expect(names.filter((name) => name.startsWith('pagefind') || name.startsWith('.pagefind'))).toEqual(['pagefind']);
    expect(JSON.parse(await readFile(path.join(site, 'pagefind/atlas-parts.json'), 'utf8'))).toEqual({ version: 1, parts: [] });
    expect(names).toContain('index.html');
  });

  test('indexes in parts when the site is larger than a part, replacing the previous bundle', async () => {
    // Path order puts the two pages without data-pagefind-body first: a naive split would index them whole.
    const summary = await buildSearchIndex({ siteDir: site, partSize: 2 });
    expect(summary).toMatchObject({ files: 5, pages: 3, parts: 2 });
    const names = (await readdir(site)).filter((name) => name.startsWith('pagefind')).sort();
    expect(names).toEqual(['pagefind', 'pagefind-part-2']);
    expect(JSON.parse(await readFile(path.join(site, 'pagefind/atlas-parts.json'), 'utf8'))).toEqual({
      version: 1,
      parts: ['/pagefind-part-2/'],
    });
    const again = await buildSearchIndex({ siteDir: site });
    expect(again.parts).toBe(1);
    expect((await readdir(site)).filter((name) => name.startsWith('pagefind'))).toEqual(['pagefind']);
  });

  test('fails clearly on a missing site', async () => {
    await expect(buildSearchIndex({ siteDir: path.join(site, 'nope') })).rejects.toThrow(/expected a built site/);
  });
});
