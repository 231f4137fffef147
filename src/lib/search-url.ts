/**
 * The search page's address: its query (`?q=`) and its filters (one parameter per Pagefind
 * filter, repeated for several values, e.g. `?q=diffusion&keyword=score+matching`). The page
 * reads them when it opens and writes them back as the reader changes them, so a filtered
 * search can be linked, shared and bookmarked: a keyword page's download link is one.
 * Pure and free of DOM, Node and Astro APIs.
 */
import { normaliseQuery, SEARCH_FILTERS, type SearchFilterName } from './search-options.ts';

/** Selected values per filter, in the shape Pagefind's `search(term, { filters })` takes. */
export type SearchFilters = Partial<Record<SearchFilterName, string[]>>;

/** What a search page address says: the query and the selected filter values. */
export interface SearchState {
  /** The query, normalised ({@link normaliseQuery}); empty when there is none. */
  query: string;
  /** Selected values of the known filters; a filter without values is absent. */
  filters: SearchFilters;
}

/** Site-relative path of the search page, without the base. */
export const SEARCH_PAGE_PATH = '/search/';

/**
 * Reads a search page address (`location.search`). Unknown parameters are ignored; values
 * are normalised like queries (the index stores NFC text), empty ones dropped and repeated
 * ones kept once, in the order given.
 */
export function searchStateFromUrl(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchFilters = {};
  for (const name of SEARCH_FILTERS) {
    const values = [...new Set(params.getAll(name).map(normaliseQuery).filter(Boolean))];
    if (values.length > 0) filters[name] = values;
  }
  return { query: normaliseQuery(params.get('q') ?? ''), filters };
}

/** True when the state selects at least one filter value. */
export function hasFilters(state: Pick<SearchState, 'filters'>): boolean {
  return SEARCH_FILTERS.some((name) => (state.filters[name]?.length ?? 0) > 0);
}

/**
 * The address's query string for a state, `?` included (empty when the state is empty):
 * `q` first, then the filters in {@link SEARCH_FILTERS} order, each value once.
 */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  const query = normaliseQuery(state.query);
  if (query) params.set('q', query);
  for (const name of SEARCH_FILTERS) {
    for (const value of new Set((state.filters[name] ?? []).map(normaliseQuery).filter(Boolean))) params.append(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Site-relative path of the search page showing `state`, e.g. `/search/?q=x&keyword=x`. */
export function searchPagePath(state: SearchState): string {
  return `${SEARCH_PAGE_PATH}${searchQueryString(state)}`;
}

/**
 * The address's query string with one filter value selected or not, the query and the other
 * values kept (a filter checkbox the reader just ticked or cleared); unknown parameters are dropped.
 */
export function withFilterValue(search: string, name: SearchFilterName, value: string, selected: boolean): string {
  const state = searchStateFromUrl(search);
  const normalised = normaliseQuery(value);
  const others = (state.filters[name] ?? []).filter((existing) => existing !== normalised);
  const values = selected && normalised ? [...others, normalised] : others;
  const filters: SearchFilters = { ...state.filters };
  if (values.length > 0) filters[name] = values;
  else delete filters[name];
  return searchQueryString({ query: state.query, filters });
}

/** True when `name` is one of the {@link SEARCH_FILTERS}. */
export function isSearchFilterName(name: string): name is SearchFilterName {
  return (SEARCH_FILTERS as readonly string[]).includes(name);
}

/**
 * Words for what a search selected, for status messages: `for “q” with keyword “a”`,
 * `with topic “t”, keyword “a” and “b”` (values of one filter must all match, as in Pagefind).
 */
export function describeSearch(state: SearchState): string {
  const quote = (text: string) => `“${text}”`;
  const filters = SEARCH_FILTERS.flatMap((name) => {
    const values = state.filters[name] ?? [];
    return values.length > 0 ? [`${name} ${values.map(quote).join(' and ')}`] : [];
  });
  return [state.query ? `for ${quote(state.query)}` : '', filters.length > 0 ? `with ${filters.join(', ')}` : ''].filter(Boolean).join(' ');
}

/**
 * The search listing exactly the papers that carry a keyword: filtered to the keyword, with
 * its label as the query. The query is there because the Default UI lists nothing without
 * one; it narrows nothing, since every paper's searchable text holds its keyword labels
 * (`scripts/lib/search/search-documents.ts`).
 */
export function keywordSearch(label: string): SearchState {
  const query = normaliseQuery(label);
  return { query, filters: { keyword: [query] } };
}
