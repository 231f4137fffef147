/**
 * Reads what `checkSite` compares: the papers of the content entries and, from a built
 * site, the paper pages, the pages in Pagefind's index and the rows of `papers.json`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readEntryFrontmatter } from '../../../src/lib/render-entry-body.ts';
import { readRedirects } from '../../../src/lib/read-redirects-fs.ts';
import type { BuiltSiteContents, CataloguePaper } from './check-site.ts';
import { readExportRows } from './read-export-rows-fs.ts';
import { readSearchEntries } from './read-search-entries-fs.ts';


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
