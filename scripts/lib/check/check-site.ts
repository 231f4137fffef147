import type { Diagnostic } from '../model.ts';

/** A paper of the catalogue, as its content entry names it. */
export interface CataloguePaper {
  slug: string;
  title: string;
}

/** What a built site holds for papers, as read by `readSite` (read-site-fs.ts). */
export interface BuiltSiteContents {
  /** Slugs of the built paper pages (`dist/papers/<slug>/index.html`), one per page found. */
  pages: readonly string[];
  /** Slugs of the paper pages in the search index, one per indexed page (a page indexed twice appears twice). */
  searchEntries: readonly string[];
  /** Slugs of the rows of `papers.json`, one per row. */
  exportRows: readonly string[];
}

/** Where each part of the built site lives, for the messages. */
const PARTS = [
  { key: 'pages', what: 'a page', file: 'dist/papers/' },
  { key: 'searchEntries', what: 'a search index entry', file: 'dist/pagefind/' },
  { key: 'exportRows', what: 'a row in papers.json', file: 'dist/papers.json' },
] as const;

/** Longest list of titles quoted in one message; the rest are counted. */
const TITLES_SHOWN = 20;

/**
 * The site invariant: every paper of the catalogue has exactly one page, one search index
 * entry and one row in `papers.json`, and nothing else is there.
 *
 * Pure: the caller reads the content entries and the built site. Each broken part gives one
 * error listing the titles concerned (missing), or the slugs (doubled, or without a paper),
 * and says how to fix it.
 *
 * @param papers Every paper of the catalogue (from the content entries).
 * @param site What the built site holds.
 * @param redirected Slugs of old paper URLs that redirect (content/redirects.json): their pages
 *   are redirect pages, not stray paper pages.
 * @returns Errors; empty when the invariant holds.
 */
export function checkSite(
  papers: readonly CataloguePaper[],
  site: BuiltSiteContents,
  redirected: ReadonlySet<string> = new Set(),
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const known = new Map(papers.map((paper) => [paper.slug, paper.title]));
  for (const { key, what, file } of PARTS) {
    const counts = new Map<string, number>();
    for (const slug of site[key]) {
      if (key === 'pages' && redirected.has(slug) && !known.has(slug)) continue;
      counts.set(slug, (counts.get(slug) ?? 0) + 1);
    }
    const missing = papers.filter((paper) => !counts.has(paper.slug));
    if (missing.length > 0) {
      diagnostics.push({
        file,
        severity: 'error',
        message:
          `${missing.length} paper(s) without ${what}: ${listed(missing.map((paper) => JSON.stringify(paper.title)))}; ` +
          'rebuild the site (node scripts/build-site.ts) from the current content',
      });
    }
    const doubled = [...counts].filter(([slug, count]) => count > 1 && known.has(slug)).map(([slug, count]) => `${slug} (${count}×)`);
    if (doubled.length > 0) {
      diagnostics.push({ file, severity: 'error', message: `${doubled.length} paper(s) with more than ${what}: ${listed(doubled)}` });
    }
    const strays = [...counts.keys()].filter((slug) => !known.has(slug));
    if (strays.length > 0) {
      diagnostics.push({
        file,
        severity: 'error',
        message: `${strays.length} slug(s) with ${what} but no paper in the content: ${listed(strays)}; remove the stale output and rebuild`,
      });
    }
  }
  return diagnostics;
}

function listed(items: readonly string[]): string {
  const shown = items.slice(0, TITLES_SHOWN).join(', ');
  return items.length > TITLES_SHOWN ? `${shown} and ${items.length - TITLES_SHOWN} more` : shown;
}
