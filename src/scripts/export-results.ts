/**
 * "Download results" on the search page: runs the current query and filters (the address's,
 * kept in step with the page by search-page.ts) through Pagefind's JS API, loaded on first
 * click only, and offers every result as CSV or JSON Lines, with the row and format functions
 * of the topic and dump downloads (lib/export-view.ts). Keyword pages link here for their
 * downloads. With filters and no query it searches by the filters alone
 * (`search(null, { filters })`), which Pagefind's API allows and the Default UI does not list.
 * Abstracts and code links come from the `abstract` and `code_links` metadata of paper pages.
 */
import { serializeView, VIEW_FORMATS, type ViewFormat, type ViewRow } from '../lib/export-view.ts';
import { joinBase } from '../lib/routes.ts';
import { normaliseQuery, parseSearchParts, SEARCH_PARTS_FILE } from '../lib/search-options.ts';
import { describeSearch, hasFilters, searchStateFromUrl, type SearchFilters } from '../lib/search-url.ts';

/**
 * Result fragments loaded at once: Pagefind fetches one small file per result, and a
 * download holds every result (a common keyword lists thousands of papers at 100k).
 */
const FRAGMENTS_AT_ONCE = 16;

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, options?: Record<string, unknown>): Promise<void>;
  /** `null` searches by the filters alone. */
  search(term: string | null, options?: { filters?: SearchFilters }): Promise<{ results: PagefindResult[] } | null>;
}

const panel = document.querySelector<HTMLElement>('[data-export-results]');
const root = document.querySelector<HTMLElement>('[data-search-root]');
if (panel && root) start(panel, root);

function start(panel: HTMLElement, root: HTMLElement): void {
  const status = panel.querySelector<HTMLElement>('[data-export-status]')!;
  const bundlePath = root.dataset.bundlePath ?? '/pagefind/';
  const baseUrl = root.dataset.baseUrl ?? '/';
  let pagefind: Promise<Pagefind> | undefined;

  for (const button of panel.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
    button.addEventListener('click', async () => {
      const format = button.dataset.format as ViewFormat;
      const input = root.querySelector<HTMLInputElement>('input[name="q"], input[type="text"], input[type="search"]');
      const address = searchStateFromUrl(location.search);
      const state = { query: normaliseQuery(input?.value ?? address.query), filters: address.filters };
      if (!state.query && !hasFilters(state)) {
        status.textContent = 'Search for something first; the download holds its results.';
        return;
      }
      status.textContent = 'Preparing the download…';
      try {
        pagefind ??= loadPagefind(bundlePath, baseUrl);
        const search = await (await pagefind).search(state.query || null, { filters: state.filters });
        const results = search?.results ?? [];
        if (results.length > FRAGMENTS_AT_ONCE) status.textContent = `Preparing the download of ${results.length.toLocaleString('en')} results…`;
        const data = await loadAll(results);
        // Topic pages are indexed too; a download lists papers only.
        const rows = data.filter((item) => new URL(item.url, location.href).pathname.includes('/papers/')).map(toRow);
        downloadText(`search-results.${VIEW_FORMATS[format].extension}`, VIEW_FORMATS[format].type, serializeView(rows, format));
        status.textContent = `Downloaded ${rows.length.toLocaleString('en')} ${rows.length === 1 ? 'result' : 'results'} ${describeSearch(state)}.`;
      } catch (error) {
        pagefind = undefined;
        status.textContent = 'The results could not be prepared. Please try again.';
        throw error;
      }
    });
  }
  panel.hidden = false;
}

function toRow(data: PagefindResultData): ViewRow {
  const list = (value: string | undefined) => (value ? value.split(' ').filter(Boolean) : []);
  return {
    title: data.meta.title ?? '',
    abstract: data.meta.abstract ?? '',
    url: new URL(data.url, location.href).href,
    topic: data.filters.topic?.[0] ?? '',
    keywords: data.filters.keyword ?? [],
    codeLinks: list(data.meta.code_links),
  };
}

/** Every result's data, in result order, {@link FRAGMENTS_AT_ONCE} requests at a time. */
async function loadAll(results: readonly PagefindResult[]): Promise<PagefindResultData[]> {
  const data: PagefindResultData[] = new Array(results.length);
  let next = 0;
  const load = async () => {
    while (next < results.length) {
      const index = next++;
      data[index] = await results[index]!.data();
    }
  };
  await Promise.all(Array.from({ length: Math.min(FRAGMENTS_AT_ONCE, results.length) }, load));
  return data;
}

async function loadPagefind(bundlePath: string, baseUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl });
  const response = await fetch(`${bundlePath}${SEARCH_PARTS_FILE}`);
  if (!response.ok) throw new Error(`Cannot load search: ${SEARCH_PARTS_FILE} answered ${response.status}`);
  for (const part of parseSearchParts(await response.json()).parts) await pagefind.mergeIndex(joinBase(baseUrl, part), { baseUrl });
  return pagefind;
}

function downloadText(fileName: string, type: string, text: string): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
