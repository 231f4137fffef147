/**
 * Starts Pagefind's Default UI on the search page: loads its script from the
 * bundle (under the site's base path), merges extra index parts when the site
 * was indexed in parts, and runs the search the address gives: the query in `?q=`
 * and the filters in `?topic=`, `?keyword=`, `?code=`, `?dump=` (lib/search-url.ts).
 * Both stay in the address as the reader changes them.
 *
 * The Default UI (Pagefind 1.6) lists results only for a non-empty query: filters alone
 * select nothing until something is typed, although Pagefind's API can search by filters
 * alone (`search(null, { filters })`, which "Download results" uses). So links that must
 * list a set of papers give a query too (a keyword page: its label, which every paper
 * carrying the keyword contains).
 */
import { joinBase } from '../lib/routes.ts';
import { normaliseQuery, parseSearchParts, SEARCH_PARTS_FILE } from '../lib/search-options.ts';
import { hasFilters, isSearchFilterName, searchQueryString, searchStateFromUrl, withFilterValue, type SearchFilters } from '../lib/search-url.ts';

/** The part of the Default UI's API this page uses (pagefind-ui.js ships no types). */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
  triggerFilters(filters: SearchFilters): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const bundlePath = root.dataset.bundlePath ?? '/pagefind/';
  const baseUrl = root.dataset.baseUrl ?? '/';
  const state = searchStateFromUrl(location.search);
  try {
    const [PagefindUI, parts] = await Promise.all([loadDefaultUi(bundlePath), loadParts(bundlePath, baseUrl)]);
    root.replaceChildren();
    const ui = new PagefindUI({
      element: root,
      bundlePath,
      baseUrl,
      mergeIndex: parts.map((part) => ({ bundlePath: part, baseUrl })),
      showSubResults: false,
      showImages: false,
      excerptLength: 30,
      resetStyles: false,
      autofocus: !state.query,
      processTerm: normaliseQuery,
    });
    adaptDefaultUi(root);
    keepFiltersInAddress(root);
    if (hasFilters(state)) ui.triggerFilters(state.filters);
    if (state.query) ui.triggerSearch(state.query);
  } catch (error) {
    const message = document.createElement('p');
    message.textContent = 'Search could not start. Please reload the page.';
    root.replaceChildren(message);
    throw error;
  }
}

/**
 * Fixes two things of the Default UI's markup once it is mounted: its field is
 * labelled only by `title` (give it an accessible name), and its form posts to
 * `javascript:void(0)` (a `javascript:` URL the CSP would block; point it at
 * this page with `?q=` instead, which is also what a submit without the UI does).
 */
function adaptDefaultUi(root: HTMLElement): void {
  const label = root.dataset.inputLabel ?? 'Search papers';
  const apply = () => {
    const form = root.querySelector<HTMLFormElement>('form');
    const input = form?.querySelector<HTMLInputElement>('input[type="text"], input[type="search"]');
    if (!form || !input) return false;
    input.setAttribute('aria-label', label);
    input.name = 'q';
    form.setAttribute('action', root.dataset.searchAction ?? location.pathname);
    form.method = 'get';
    // Keep `?q=` in step with the field, so the address can be shared or bookmarked.
    input.addEventListener('input', () => {
      const url = new URL(location.href);
      url.search = searchQueryString({ ...searchStateFromUrl(url.search), query: input.value });
      history.replaceState(history.state, '', url);
    });
    return true;
  };
  if (apply()) return;
  const observer = new MutationObserver(() => {
    if (apply()) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
}

/**
 * Keeps the filter parameters of the address in step with the Default UI's filter checkboxes
 * (`<input type="checkbox" name="keyword" value="…">`), as `?q=` is with the field.
 */
function keepFiltersInAddress(root: HTMLElement): void {
  root.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox' || !isSearchFilterName(box.name)) return;
    const url = new URL(location.href);
    url.search = withFilterValue(url.search, box.name, box.value, box.checked);
    history.replaceState(history.state, '', url);
  });
}

function loadDefaultUi(bundlePath: string): Promise<PagefindUIConstructor> {
  const existing = (window as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
  if (existing) return Promise.resolve(existing);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `${bundlePath}pagefind-ui.js`;
    script.addEventListener('load', () => {
      const loaded = (window as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
      if (loaded) resolve(loaded);
      else reject(new Error(`Cannot start search: expected ${script.src} to define PagefindUI, got nothing`));
    });
    script.addEventListener('error', () => reject(new Error(`Cannot start search: failed to load ${script.src}`)));
    document.head.append(script);
  });
}

/** Bundle URLs of the extra index parts (none when the site was indexed in one pass). */
async function loadParts(bundlePath: string, baseUrl: string): Promise<string[]> {
  const response = await fetch(`${bundlePath}${SEARCH_PARTS_FILE}`);
  if (!response.ok) throw new Error(`Cannot start search: ${SEARCH_PARTS_FILE} answered ${response.status}`);
  return parseSearchParts(await response.json()).parts.map((part) => joinBase(baseUrl, part));
}
