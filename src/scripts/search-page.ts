/**
 * Starts Pagefind's Default UI on the search page: loads its script from the
 * bundle (under the site's base path), merges extra index parts when the site
 * was indexed in parts, and runs the search given in `?q=`.
 */
import { joinBase } from '../lib/routes.ts';
import {
  normaliseQuery,
  parseSearchParts,
  queryFromSearch,
  SEARCH_PARTS_FILE,
} from '../lib/search-options.ts';

/** The part of the Default UI's API this page uses (pagefind-ui.js ships no types). */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const bundlePath = root.dataset.bundlePath ?? '/pagefind/';
  const baseUrl = root.dataset.baseUrl ?? '/';
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
      autofocus: !queryFromSearch(location.search),
      processTerm: normaliseQuery,
    });
    adaptDefaultUi(root);
    const query = queryFromSearch(location.search);
    if (query) ui.triggerSearch(query);
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
      const query = normaliseQuery(input.value);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
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
