import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../scripts/lib/build-catalogue.ts';
import { readDumps } from '../../scripts/lib/ingest/read-dumps-fs.ts';
import { readCatalogueState } from '../../scripts/lib/write/read-catalogue-state-fs.ts';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site-fs.ts';

/** The first `records` records of a default dump. */
function trimmedDump(name: string, records: number): string {
  return readFileSync(path.join(PROJECT_ROOT, 'content/dumps', name), 'utf8').split('\n').slice(0, 2 + 2 * records).join('\n');
}

/** Runs what `npm run build` runs again on a site's own folder: pipeline, then build-site (astro build, views, Pagefind, check). */
function rebuild(site: BuiltSite): string {
  const env = {
    ...process.env,
    ATLAS_CONTENT_DIR: path.relative(PROJECT_ROOT, site.contentDir),
    ATLAS_CACHE_DIR: path.join(site.root, 'cache'),
    BASE_PATH: '/',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const steps = [
    ['scripts/build-content.ts', '--content', site.contentDir],
    ['scripts/build-site.ts', '--content', site.contentDir, '--out-dir', site.distDir],
  ];
  let output = '';
  for (const args of steps) {
    const result = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    output += `${result.stdout}${result.stderr}`;
    if (result.status !== 0) throw new Error(`Cannot rebuild ${site.root}: node ${args.join(' ')} failed\n${output}`);
  }
  return output;
}

/** Site-relative paths of every page (`/x/y/` for `x/y/index.html`). */
function pagePaths(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => `/${path.relative(dist, entry.parentPath).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'))
    .sort();
}

/** Where a page sends the reader: its meta refresh target, or itself when it is a real page. */
function landing(dist: string, page: string): { file: string; html: string; redirect?: string } {
  const file = path.join(dist, page, 'index.html');
  const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const refresh = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
  return { file, html, redirect: refresh };
}

describe('published URLs survive a rebuild that renames a topic and hides and merges papers', () => {
  let site: BuiltSite;
  let before: string[];
  let renamed: string;
  let hidden: string;
  let merged: [string, string];
  let redirects: { from: string; to: string; kind: string }[];

  beforeAll(() => {
    site = buildSite({
      name: 'redirects',
      dumps: { '000_a.txt': trimmedDump('000_204173092b44c16c.txt', 40), '001_b.txt': trimmedDump('001_086f4b8263d124ef.txt', 20) },
    });
    if (site.pipelineStatus !== 0) throw new Error(site.pipelineOutput);
    before = pagePaths(site.distDir);
    const topics = JSON.parse(readFileSync(path.join(site.contentDir, 'catalogue/topics.json'), 'utf8')) as { slug: string; papers: string[]; miscellany: boolean }[];
    const biggest = topics.filter((topic) => !topic.miscellany).sort((a, b) => b.papers.length - a.papers.length)[0]!;
    renamed = biggest.slug;
    [hidden] = biggest.papers as [string];
    merged = [biggest.papers[1]!, biggest.papers[2]!];
    writeFileSync(
      path.join(site.contentDir, 'curation.yaml'),
      `topics:\n  ${renamed}:\n    slug: curated-${renamed}\n    label: Curated Label\npapers:\n  ${hidden}:\n    hide: true\nmerge:\n  - [${merged[0]}, ${merged[1]}]\n`,
    );
    rebuild(site);
    redirects = JSON.parse(readFileSync(path.join(site.contentDir, 'redirects.json'), 'utf8'));
  });

  test('the renamed topic, its later pages, the hidden and the merged paper get redirect records', () => {
    const to = new Map(redirects.map((redirect) => [redirect.from, redirect.to]));
    expect(to.get(`/topics/${renamed}/`)).toBe(`/topics/curated-${renamed}/`);
    expect(to.get(`/papers/${hidden}/`)).toBe(`/topics/curated-${renamed}/`);
    expect(to.get(`/papers/${merged[1]}/`)).toBe(`/papers/${merged[0]}/`);
  });

  test('every page published before still answers, and redirects land on a live page', () => {
    const problems: string[] = [];
    for (const page of before) {
      const first = landing(site.distDir, page);
      if (first.html === '') {
        problems.push(`${page}: gone`);
        continue;
      }
      if (first.redirect === undefined) continue;
      expect(first.html).toContain('<meta name="robots" content="noindex"');
      expect(first.html).toMatch(/<link rel="canonical" href="[^"]+"/);
      const target = landing(site.distDir, first.redirect);
      if (target.html === '' || target.redirect !== undefined) problems.push(`${page} → ${first.redirect}: not a live page`);
    }
    expect(problems).toEqual([]);
    expect(statSync(path.join(site.distDir, 'topics', `curated-${renamed}`, 'index.html')).isFile()).toBe(true);
  });

  test('the next build keeps every redirect and every paper (redirects accumulate)', () => {
    // In memory: the enrich stage may still move a paper or two on the build after a curation change
    // (its topic continuity is not a fixed point after one build), but nothing published may break.
    const next = buildCatalogue(readDumps(path.join(site.contentDir, 'dumps')), readCatalogueState(site.contentDir));
    expect(next.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    const kept = new Set((next.catalogue.redirects ?? []).map((redirect) => redirect.from));
    expect(redirects.filter((redirect) => !kept.has(redirect.from))).toEqual([]);
    const papers = JSON.parse(readFileSync(path.join(site.contentDir, 'slugs.json'), 'utf8')) as Record<string, string>;
    const published = new Set([...next.catalogue.papers.map((paper) => `/papers/${paper.slug}/`), ...kept]);
    expect(Object.values(papers).filter((slug) => !published.has(`/papers/${slug}/`))).toEqual([]);
  });
});
