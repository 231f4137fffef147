/**
 * Save buttons (`[data-save-paper]`, rendered hidden by SaveButton.astro):
 * shows them when storage works, keeps `aria-pressed` in step with the list
 * (also across tabs) and toggles the paper on click.
 */
import { hasPaper, togglePaper } from '../lib/reading-list.ts';
import { onListChange, readList, storage, writeList } from './reading-list-storage.ts';

const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-save-paper]')];
const store = buttons.length > 0 ? storage() : undefined;

if (store) {
  const sync = () => {
    const list = readList(store);
    for (const button of buttons) button.setAttribute('aria-pressed', String(hasPaper(list, button.dataset.slug ?? '')));
  };
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const slug = button.dataset.slug ?? '';
      const { list } = togglePaper(readList(store), { slug, title: button.dataset.title ?? slug });
      writeList(store, list);
      sync();
    });
  }
  sync();
  onListChange(sync);
}
