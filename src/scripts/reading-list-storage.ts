/**
 * The reading list in localStorage, for the save buttons and the list page.
 * Storage can be missing or refuse writes (private modes, quotas): callers get
 * `undefined` and keep the controls hidden instead of failing.
 */
import { parseStoredReadingList, READING_LIST_KEY, serializeReadingList, type SavedPaper } from '../lib/reading-list.ts';

/** The browser's storage, or `undefined` when the page may not use it. */
export function storage(): Storage | undefined {
  try {
    const store = window.localStorage;
    const probe = `${READING_LIST_KEY}:probe`;
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch (error) {
    console.info('Reading list unavailable: localStorage refused access', error);
    return undefined;
  }
}

/** The stored list (corrupt data reads as empty). */
export function readList(store: Storage): SavedPaper[] {
  return parseStoredReadingList(store.getItem(READING_LIST_KEY));
}

/** Stores `list`; returns false when storage refused it (e.g. full). */
export function writeList(store: Storage, list: readonly SavedPaper[]): boolean {
  try {
    store.setItem(READING_LIST_KEY, serializeReadingList(list));
    return true;
  } catch (error) {
    console.warn('Cannot save the reading list: localStorage refused the write', error);
    return false;
  }
}

/** Calls `listener` when another tab changes the list. */
export function onListChange(listener: () => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === READING_LIST_KEY || event.key === null) listener();
  });
}

/** Offers `text` as a file download (Blob + `<a download>`). */
export function downloadText(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
