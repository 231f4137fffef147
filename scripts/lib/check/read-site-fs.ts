/**
 * Reads what `checkSite` compares: the papers of the content entries and, from a built
 * site, the paper pages, the pages in Pagefind's index and the rows of `papers.json`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readEntryFrontmatter } from '../../../src/lib/render-entry-body.ts';
import { readRedirects } from '../../../src/lib/read-redirects-fs.ts';
import type { BuiltSiteContents, CataloguePaper } from './check-site.ts';

/** Pagefind 1.x writes each fragment as gzip of this signature followed by the page's JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';
/** Folders holding a Pagefind bundle: part 1 and any further parts (see build-search-index-fs.ts). */
const BUNDLE_FOLDER = /^pagefind(?:-part-\d+)?$/;

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
  const { searchEntries, exportRows } = readIndexedPapers(siteDir);
  return { pages: readPaperPages(siteDir), searchEntries, exportRows };
}

/**
 * The papers of a site's search index and `papers.json`. `scripts/build-site.ts` reads them as
 * soon as both are written, while astro may still be writing pages (100k papers: ~100k search
 * fragments to unzip and a ~300 MB `papers.json`).
 *
 * @param known Paper slugs of bundles (by folder name, e.g. `pagefind-part-2`) read before and
 *   known to hold the same documents (a rebuild keeps the search parts a new dump did not touch):
 *   taken as they are instead of unzipping every fragment again (~1.3 s of CPU at 10k papers).
 * @returns Also `bundles`: the paper slugs of each bundle, for a later call's `known`.
 * @throws {Error} When the site, its `papers.json` or its search index is missing or unreadable.
 */
export function readIndexedPapers(
  siteDir: string,
  known: ReadonlyMap<string, readonly string[]> = new Map(),
): Pick<BuiltSiteContents, 'searchEntries' | 'exportRows'> & { bundles: Map<string, string[]> } {
  const site = existingSite(siteDir);
  const bundles = readSearchEntries(site, known);
  return { searchEntries: [...bundles.values()].flat(), bundles, exportRows: readExportRows(path.join(site, 'papers.json')) };
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

/** Slugs of the paper pages in every Pagefind bundle of the site, one per indexed page, by bundle (in name order). */
function readSearchEntries(site: string, known: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const bundles = readdirSync(site).filter((name) => BUNDLE_FOLDER.test(name));
  if (bundles.length === 0) throw new Error(`Cannot check site: expected a Pagefind bundle in ${site}/pagefind, got none; run node scripts/index-search.ts`);
  const slugsByBundle = new Map<string, string[]>();
  for (const bundle of bundles.sort()) {
    const slugs = known.get(bundle);
    slugsByBundle.set(bundle, slugs ? [...slugs] : readBundleSlugs(path.join(site, bundle, 'fragment')));
  }
  return slugsByBundle;
}

function readBundleSlugs(folder: string): string[] {
  const slugs: string[] = [];
  for (const name of readdirSync(folder).filter((each) => each.endsWith('.pf_fragment'))) {
    const file = path.join(folder, name);
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE)) {
      throw new Error(`Cannot check site: expected ${file} to start with "${FRAGMENT_SIGNATURE}" (Pagefind 1.x), got ${JSON.stringify(text.slice(0, 20))}`);
    }
    const { url } = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url?: unknown };
    if (typeof url !== 'string') throw new Error(`Cannot check site: expected a url in ${file}, got ${JSON.stringify(url)}`);
    const slug = /\/papers\/([^/]+)\/(?:index\.html)?$/.exec(url)?.[1];
    if (slug !== undefined) slugs.push(decodeURIComponent(slug));
  }
  return slugs;
}

function readExportRows(file: string): string[] {
  let body: unknown;
  try {
    body = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot check site: expected ${file} to be JSON, got ${String(error)}`, { cause: error });
  }
  const rows = (body as { papers?: unknown }).papers;
  if (!Array.isArray(rows)) throw new Error(`Cannot check site: expected a "papers" array in ${file}, got ${typeof rows}`);
  return rows.map((row: { slug?: unknown }, index) => {
    if (typeof row?.slug !== 'string') throw new Error(`Cannot check site: expected a string slug in row ${index} of ${file}`);
    return row.slug;
  });
}
