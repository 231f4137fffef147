/**
 * Reads what `checkSite` compares: the papers of the content entries and, from a built
 * site, the paper pages, the pages in Pagefind's index and the rows of `papers.json`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gunzipSync } from 'node:zlib';
import { readEntryFrontmatter } from '../../../src/lib/render-entry-body.ts';
import { readRedirects } from '../../../src/lib/read-redirects-fs.ts';
import type { BuiltSiteContents, CataloguePaper } from './check-site.ts';
import { readExportRows } from './read-export-rows-fs.ts';

/** Pagefind 1.x writes each fragment as gzip of this signature followed by the page's JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';
/** Folders holding a Pagefind bundle: part 1 and any further parts (see build-search-index-fs.ts). */
const BUNDLE_FOLDER = /^pagefind(?:-part-\d+)?$/;
/** Fragments read at once by {@link readBundleSlugsAsync}: enough to keep libuv's four threads busy. */
const FRAGMENT_READ_CONCURRENCY = 16;
const gunzipAsync = promisify(gunzip);

/**
 * The slug and title of every generated paper entry, from the YAML frontmatter of
 * `content/papers/<topic>/<slug>.mdx`.
 *
 * @throws {Error} When an entry has no frontmatter or no string `slug` and `title`.
 */
export function readCataloguePapers(contentDir: string): CataloguePaper[] {
  const papersDir = path.join(contentDir, 'papers');
  if (!existsSync(papersDir)) return [];
  const files = readdirSync(papersDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx')).sort();
  return files.map((name) => {
    const file = path.join(papersDir, name);
    const data = readEntryFrontmatter(readFileSync(file, 'utf8'), file) as { slug?: unknown; title?: unknown } | null;
    if (typeof data?.slug !== 'string' || typeof data.title !== 'string') {
      throw new Error(`Cannot check site: expected frontmatter with a string slug and title in ${file}, got ${JSON.stringify(data)}`);
    }
    return { slug: data.slug, title: data.title };
  });
}

/**
 * Slugs of the old paper URLs the site redirects (`kind: paper` in `<content>/redirects.json`);
 * none when the file is missing.
 *
 * @throws {Error} Naming the file, when it is not JSON or not a list of redirects.
 */
export function readRedirectedPaperSlugs(contentDir: string): Set<string> {
  const slugs = new Set<string>();
  for (const redirect of readRedirects(contentDir)) {
    const match = redirect.kind === 'paper' ? /^\/papers\/([^/]+)\/$/.exec(redirect.from) : null;
    if (match) slugs.add(match[1]!);
  }
  return slugs;
}

/**
 * What a built site holds for papers.
 *
 * @param siteDir The built site, e.g. `dist`.
 * @throws {Error} When the site, its `papers.json` or its search index is missing or unreadable.
 */
export function readSite(siteDir: string): BuiltSiteContents {
  const site = existingSite(siteDir);
  return {
    pages: readPaperPages(site),
    searchEntries: [...readSearchEntries(site).values()].flat(),
    exportRows: readExportRows(site),
  };
}

/**
 * The paper slugs of a site's Pagefind bundles, by bundle folder name (e.g. `pagefind-part-2`),
 * in name order; `searchEntries` of {@link BuiltSiteContents} is their concatenation.
 *
 * @param known Slugs of bundles already read: by this build as each was written
 *   ({@link readBundleSlugsAsync}), or by the last build for bundles known to hold the same
 *   documents (a rebuild keeps the search parts a new dump did not touch, search-entries-record-fs.ts).
 *   Taken as they are instead of unzipping every fragment (~0.5 s per 10,000 papers).
 * @throws {Error} When the site has no search bundle or a fragment is unreadable.
 */
export function readSearchEntries(siteDir: string, known: ReadonlyMap<string, readonly string[]> = new Map()): Map<string, string[]> {
  const site = existingSite(siteDir);
  const bundles = readdirSync(site).filter((name) => BUNDLE_FOLDER.test(name));
  if (bundles.length === 0) throw new Error(`Cannot check site: expected a Pagefind bundle in ${site}/pagefind, got none; run node scripts/index-search.ts`);
  const slugsByBundle = new Map<string, string[]>();
  for (const bundle of bundles.sort()) {
    const slugs = known.get(bundle);
    slugsByBundle.set(bundle, slugs ? [...slugs] : readBundleSlugs(path.join(site, bundle)));
  }
  return slugsByBundle;
}

/**
 * {@link readSearchEntries} for one bundle folder, without blocking the thread: files are read and
 * unzipped on libuv's pool, a few at a time. `scripts/build-site.ts` reads each search part as
 * soon as Pagefind has written it, while the next part is indexed; at 100k papers unzipping every
 * fragment at the end took ~14 s after the last part.
 *
 * @param bundleDir A Pagefind bundle, e.g. `dist/pagefind-part-2`.
 * @throws {Error} When a fragment is unreadable or not a Pagefind 1.x fragment.
 */
export async function readBundleSlugsAsync(bundleDir: string): Promise<string[]> {
  const folder = path.join(bundleDir, 'fragment');
  const files = fragmentFiles(folder);
  const slugs: (string | undefined)[] = new Array(files.length);
  let next = 0;
  const readNext = async (): Promise<void> => {
    for (let index = next++; index < files.length; index = next++) {
      slugs[index] = fragmentSlug(files[index]!, (await gunzipAsync(await readFile(files[index]!))).toString('utf8'));
    }
  };
  await Promise.all(Array.from({ length: Math.min(FRAGMENT_READ_CONCURRENCY, files.length) }, readNext));
  return slugs.filter((slug) => slug !== undefined);
}

/**
 * Slugs of a site's paper pages (`papers/<slug>/index.html`).
 *
 * @throws {Error} When the site is missing.
 */
export function readPaperPages(siteDir: string): string[] {
  const papersDir = path.join(existingSite(siteDir), 'papers');
  return existsSync(papersDir)
    ? readdirSync(papersDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(path.join(papersDir, entry.name, 'index.html')))
        .map((entry) => entry.name)
    : [];
}

function existingSite(siteDir: string): string {
  const site = path.resolve(siteDir);
  if (!existsSync(site)) throw new Error(`Cannot check site: expected a built site at ${site}, got no folder; run the build first`);
  return site;
}

/** The fragment files of a bundle's `fragment` folder, in name order. */
function fragmentFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.pf_fragment'))
    .sort()
    .map((name) => path.join(folder, name));
}

function readBundleSlugs(bundleDir: string): string[] {
  return fragmentFiles(path.join(bundleDir, 'fragment')).flatMap((file) => {
    const slug = fragmentSlug(file, gunzipSync(readFileSync(file)).toString('utf8'));
    return slug === undefined ? [] : [slug];
  });
}

/** The paper slug of a fragment's page, or `undefined` for a page that is not a paper's (a topic). */
function fragmentSlug(file: string, text: string): string | undefined {
  if (!text.startsWith(FRAGMENT_SIGNATURE)) {
    throw new Error(`Cannot check site: expected ${file} to start with "${FRAGMENT_SIGNATURE}" (Pagefind 1.x), got ${JSON.stringify(text.slice(0, 20))}`);
  }
  const { url } = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url?: unknown };
  if (typeof url !== 'string') throw new Error(`Cannot check site: expected a url in ${file}, got ${JSON.stringify(url)}`);
  const slug = /\/papers\/([^/]+)\/(?:index\.html)?$/.exec(url)?.[1];
  return slug === undefined ? undefined : decodeURIComponent(slug);
}
