/**
 * `/reading-list/`: lists the saved papers from storage, with remove buttons,
 * downloads as JSON or as a plain list of titles and links, import of a JSON
 * export (validated strictly, merged into the list) and clearing.
 */
import { paperPath, withBase } from '../lib/routes.ts';
import {
  mergeLists,
  parseImportedReadingList,
  readingListAsText,
  removePaper,
  serializeReadingList,
  type SavedPaper,
} from '../lib/reading-list.ts';
import { downloadText, onListChange, readList, storage, writeList } from './reading-list-storage.ts';

/** Largest import file read (a full 5,000-paper export is well under it). */
const MAX_IMPORT_BYTES = 2_000_000;

const root = document.querySelector<HTMLElement>('[data-reading-list]');
const store = root ? storage() : undefined;
if (root && store) start(root, store);

function start(root: HTMLElement, store: Storage): void {
  const part = <T extends HTMLElement>(name: string): T => {
    const element = root.querySelector<T>(`[data-rl="${name}"]`);
    if (!element) throw new Error(`Cannot start the reading list: expected [data-rl="${name}"] in the page, got none`);
    return element;
  };
  const items = part<HTMLOListElement>('items');
  const empty = part<HTMLElement>('empty');
  const count = part<HTMLElement>('count');
  const status = part<HTMLElement>('status');
  const fileInput = part<HTMLInputElement>('import');
  const urlOf = (slug: string) => new URL(withBase(paperPath(slug)), location.href).href;

  const render = () => {
    const list = readList(store);
    items.replaceChildren(...list.map(itemElement));
    items.hidden = list.length === 0;
    empty.hidden = list.length > 0;
    count.textContent = list.length === 1 ? '1 saved paper' : `${list.length.toLocaleString('en')} saved papers`;
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-rl-needs-items]')) button.disabled = list.length === 0;
  };
  const save = (list: readonly SavedPaper[], message: string) => {
    status.textContent = writeList(store, list) ? message : 'Your browser refused to store the list; nothing was changed.';
    render();
  };
  const itemElement = (paper: SavedPaper): HTMLLIElement => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = withBase(paperPath(paper.slug));
    link.textContent = paper.title;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'button-small';
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', `Remove “${paper.title}”`);
    remove.addEventListener('click', () => {
      save(removePaper(readList(store), paper.slug), `Removed “${paper.title}”.`);
      (items.querySelector('button') ?? part<HTMLElement>('heading')).focus();
    });
    item.append(link, ' ', remove);
    return item;
  };

  part<HTMLButtonElement>('export-json').addEventListener('click', () => {
    downloadText('reading-list.json', 'application/json', serializeReadingList(readList(store)));
    status.textContent = 'Downloaded reading-list.json.';
  });
  part<HTMLButtonElement>('export-text').addEventListener('click', () => {
    downloadText('reading-list.txt', 'text/plain;charset=utf-8', readingListAsText(readList(store), urlOf));
    status.textContent = 'Downloaded reading-list.txt.';
  });
  part<HTMLButtonElement>('clear').addEventListener('click', () => {
    const before = readList(store).length;
    save([], `Cleared ${before === 1 ? '1 paper' : `${before} papers`}. Import a downloaded list to restore it.`);
  });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      status.textContent = `Import refused: expected a file under ${MAX_IMPORT_BYTES / 1_000_000} MB, got ${(file.size / 1_000_000).toFixed(1)} MB.`;
      return;
    }
    const result = parseImportedReadingList(await file.text());
    if (!result.ok) {
      status.textContent = `Import refused: ${result.error}`;
      return;
    }
    const before = readList(store);
    const merged = mergeLists(before, result.list);
    save(merged, `Imported ${result.list.length} papers; ${merged.length - before.length} were new.`);
  });

  part<HTMLElement>('nojs').hidden = true;
  part<HTMLElement>('app').hidden = false;
  render();
  onListChange(render);
}
