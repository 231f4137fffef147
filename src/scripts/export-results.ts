/**
 * "Download results" on the search page: runs the current query through
 * Pagefind's JS API (loaded on first click only) and offers the results as
 * CSV or JSON Lines, in the same columns as the topic, keyword and dump downloads.
 * Abstracts and code links come from the `abstract` and `code_links` metadata of paper pages.
 */
import { serializeView, VIEW_FORMATS, type ViewFormat, type ViewRow } from '../lib/export-view.ts';
import { joinBase } from '../lib/routes.ts';
import { normaliseQuery, parseSearchParts, queryFromSearch, SEARCH_PARTS_FILE } from '../lib/search-options.ts';

/** Most results written to a file (Pagefind loads one fragment per result). */
const MAX_RESULTS = 200;

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
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
      const query = normaliseQuery(input?.value ?? queryFromSearch(location.search));
      if (!query) {
        status.textContent = 'Search for something first; the download holds its results.';
        return;
      }
      status.textContent = 'Preparing the download…';
      try {
        pagefind ??= loadPagefind(bundlePath, baseUrl);
        const search = await (await pagefind).search(query);
        const results = (search?.results ?? []).slice(0, MAX_RESULTS);
        const data = await Promise.all(results.map((result) => result.data()));
        // Topic pages are indexed too; a download lists papers only.
        const rows = data.filter((item) => new URL(item.url, location.href).pathname.includes('/papers/')).map(toRow);
        downloadText(`search-results.${VIEW_FORMATS[format].extension}`, VIEW_FORMATS[format].type, serializeView(rows, format));
        status.textContent = `Downloaded ${rows.length} results for “${query}”${results.length === MAX_RESULTS ? ` (the first ${MAX_RESULTS})` : ''}.`;
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
