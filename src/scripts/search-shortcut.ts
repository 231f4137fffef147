/** `/` focuses the search field (the first `[data-search-shortcut]`), unless the reader is typing. */
import { isSearchShortcut } from '../lib/search-shortcut-key.ts';

document.addEventListener('keydown', (event) => {
  const field = document.querySelector<HTMLInputElement>('[data-search-shortcut]');
  if (!field || !isSearchShortcut(event, document.activeElement as HTMLElement | null)) return;
  event.preventDefault();
  field.focus();
  field.select();
});
