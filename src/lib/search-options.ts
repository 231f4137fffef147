/**
 * Settings shared by the search page and the indexer, so the browser looks for
 * exactly what `scripts/index-search.ts` writes.
 */

/** Folder of the Pagefind bundle in the built site (site-relative). */
export const SEARCH_BUNDLE_PATH = '/pagefind/';

/**
 * File in the main bundle that lists the extra index parts written when the
 * site is indexed in parts (see docs in `scripts/lib/search/build-search-index-fs.ts`).
 */
export const SEARCH_PARTS_FILE = 'atlas-parts.json';

/** Contents of {@link SEARCH_PARTS_FILE}. */
export interface SearchPartsManifest {
  version: 1;
  /** Site-relative bundle paths of the parts after the main one, e.g. `["/pagefind-part-2/"]`. */
  parts: string[];
}

/**
 * Site-relative bundle folder of index part `n` (1-based); part 1 is the main bundle,
 * which also holds the Default UI files.
 */
export function searchPartPath(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`Cannot name a search index part: expected an integer ≥ 1, got ${n}`);
  return n === 1 ? SEARCH_BUNDLE_PATH : `/pagefind-part-${n}/`;
}

/**
 * Reads a parts manifest fetched by the search page, tolerating nothing but
 * the documented shape.
 *
 * @throws {Error} When the value is not a {@link SearchPartsManifest}.
 */
export function parseSearchParts(value: unknown): SearchPartsManifest {
  const parts = (value as { parts?: unknown } | null)?.parts;
  if ((value as { version?: unknown } | null)?.version !== 1 || !Array.isArray(parts) || !parts.every(isPartPath)) {
    throw new Error(`Cannot read ${SEARCH_PARTS_FILE}: expected { version: 1, parts: ["/pagefind-part-N/", …] }, got ${JSON.stringify(value)}`);
  }
  return { version: 1, parts };
}

function isPartPath(part: unknown): part is string {
  return typeof part === 'string' && /^\/pagefind-part-\d+\/$/.test(part);
}

/** Normalises a query the way the index stores text (NFC), so `Schrödinger` typed with a combining diaeresis still matches. */
export function normaliseQuery(term: string): string {
  return term.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The query of a search page URL (`?q=`), normalised; empty when absent. */
export function queryFromSearch(search: string): string {
  return normaliseQuery(new URLSearchParams(search).get('q') ?? '');
}

/**
 * The filters every paper's search document carries (`scripts/lib/search/search-documents.ts`):
 * its topic label, keyword labels, `yes`/`no` for code links, and the dumps it appeared in.
 * The search page reads and writes them as URL parameters of the same names.
 */
export const SEARCH_FILTERS = ['topic', 'keyword', 'code', 'dump'] as const;

/** A name of {@link SEARCH_FILTERS}. */
export type SearchFilterName = (typeof SEARCH_FILTERS)[number];
