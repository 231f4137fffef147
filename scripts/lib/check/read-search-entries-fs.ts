/**
 * Reads which papers a built site's Pagefind bundles hold, for the site check. A module of its own,
 * with nothing else to load, so that `scripts/build-site.ts` can read each search part on a worker
 * thread (`runInWorkerAsync`) as soon as Pagefind has written it, while the next part is indexed:
 * at 100k papers, unzipping every fragment after the last part took ~14 s at the end of the build.
 * The reads are synchronous on purpose: reading a part's fragments through promises and libuv's
 * pool cost four times the CPU on this machine (19,200 fragments: 4.3 s against 1.1 s).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Pagefind 1.x writes each fragment as gzip of this signature followed by the page's JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';
/** Folders holding a Pagefind bundle: part 1 and any further parts (see build-search-index-fs.ts). */
const BUNDLE_FOLDER = /^pagefind(?:-part-\d+)?$/;

/**
 * The paper slugs of a site's Pagefind bundles, by bundle folder name (e.g. `pagefind-part-2`),
 * in name order; the site check's search entries are their concatenation.
 *
 * @param siteDir The built site, e.g. `dist`.
 * @param known Slugs of bundles already read: by this build as each was written
 *   ({@link readBundleSlugs}), or by the last build for bundles known to hold the same documents
 *   (a rebuild keeps the search parts a new dump did not touch, search-entries-record-fs.ts).
 *   Taken as they are instead of unzipping every fragment (~0.5 s per 10,000 papers).
 * @throws {Error} When the site has no search bundle or a fragment is unreadable.
 */
export function readSearchEntries(siteDir: string, known: ReadonlyMap<string, readonly string[]> = new Map()): Map<string, string[]> {
  const site = path.resolve(siteDir);
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
 * The paper slugs of one Pagefind bundle's fragments, in fragment file name order (topics and
 * other pages that are not a paper's are left out).
 *
 * @param bundleDir A Pagefind bundle, e.g. `dist/pagefind-part-2`.
 * @throws {Error} Naming the file, when a fragment is unreadable or not a Pagefind 1.x fragment.
 */
export function readBundleSlugs(bundleDir: string): string[] {
  const folder = path.join(bundleDir, 'fragment');
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.pf_fragment'))
    .sort();
  return names.flatMap((name) => {
    const file = path.join(folder, name);
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
