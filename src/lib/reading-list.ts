/**
 * The reader's reading list: a pure state model (no storage, no DOM, no clock),
 * shared by the save buttons, the `/reading-list/` page and its import/export.
 * Storage holds {@link serializeReadingList}'s JSON; anything else there reads
 * as an empty or partial list instead of breaking the page.
 */

/** One saved paper. */
export interface SavedPaper {
  /** Paper slug; the page `/papers/<slug>/`. */
  slug: string;
  /** Title at the time of saving, so the list page needs no index download. */
  title: string;
}

/** The whole list, most recently saved first, one entry per slug. */
export type ReadingList = readonly SavedPaper[];

/** localStorage key of the list. */
export const READING_LIST_KEY = 'paper-atlas:reading-list';
/** Format version written in exports and storage. */
export const READING_LIST_VERSION = 1;
/** Most entries kept; a larger import is refused rather than truncated silently. */
export const READING_LIST_LIMIT = 5000;
/** Longest title kept (longer ones are cut: titles are display text only). */
const TITLE_LIMIT = 500;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `value` is a paper slug as the site publishes them. */
export function isPaperSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && SLUG.test(value);
}

function cleanTitle(title: string, slug: string): string {
  const text = title.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return (text === '' ? slug : text).slice(0, TITLE_LIMIT);
}

/** Whether the list holds `slug`. */
export function hasPaper(list: ReadingList, slug: string): boolean {
  return list.some((item) => item.slug === slug);
}

/** The list with `paper` first; a paper already saved moves to the front with the new title. */
export function addPaper(list: ReadingList, paper: SavedPaper): SavedPaper[] {
  if (!isPaperSlug(paper.slug)) throw new Error(`Cannot save paper: expected a paper slug, got ${JSON.stringify(paper.slug)}`);
  const entry = { slug: paper.slug, title: cleanTitle(paper.title, paper.slug) };
  return [entry, ...list.filter((item) => item.slug !== paper.slug)].slice(0, READING_LIST_LIMIT);
}

/** The list without `slug`. */
export function removePaper(list: ReadingList, slug: string): SavedPaper[] {
  return list.filter((item) => item.slug !== slug);
}

/** Adds `paper` when it is missing, removes it when present; returns the list and whether it is now saved. */
export function togglePaper(list: ReadingList, paper: SavedPaper): { list: SavedPaper[]; saved: boolean } {
  return hasPaper(list, paper.slug) ? { list: removePaper(list, paper.slug), saved: false } : { list: addPaper(list, paper), saved: true };
}

/** Merges `incoming` after `list`, keeping the first entry of each slug. */
export function mergeLists(list: ReadingList, incoming: ReadingList): SavedPaper[] {
  const seen = new Set(list.map((item) => item.slug));
  const added = incoming.filter((item) => !seen.has(item.slug) && (seen.add(item.slug), true));
  return [...list, ...added].slice(0, READING_LIST_LIMIT);
}

/** The JSON stored and exported: `{"version":1,"papers":[{"slug","title"}…]}`. */
export function serializeReadingList(list: ReadingList): string {
  return `${JSON.stringify({ version: READING_LIST_VERSION, papers: list.map(({ slug, title }) => ({ slug, title })) }, null, 2)}\n`;
}

/**
 * Reads stored text tolerantly: missing, corrupt or foreign data gives an
 * empty list, and entries that are not valid papers are skipped. Never throws.
 */
export function parseStoredReadingList(text: string | null | undefined): SavedPaper[] {
  if (!text) return [];
  try {
    return entriesOf(JSON.parse(text)).valid;
  } catch {
    // Storage written by an older or foreign script: start afresh rather than break every page.
    return [];
  }
}

/** Result of {@link parseImportedReadingList}. */
export type ImportResult = { ok: true; list: SavedPaper[] } | { ok: false; error: string };

/**
 * Validates an imported file strictly: it must be this site's export format,
 * every entry a valid paper, no more than {@link READING_LIST_LIMIT}.
 * Errors say what was expected, for display to the reader.
 */
export function parseImportedReadingList(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'Expected a JSON file exported from the reading list, got text that is not JSON.' };
  }
  if (!isRecord(value) || value.version !== READING_LIST_VERSION || !Array.isArray(value.papers)) {
    return { ok: false, error: `Expected {"version": ${READING_LIST_VERSION}, "papers": […]}, got another JSON value.` };
  }
  if (value.papers.length > READING_LIST_LIMIT) {
    return { ok: false, error: `Expected at most ${READING_LIST_LIMIT} papers, got ${value.papers.length}.` };
  }
  const { valid, invalid } = entriesOf(value);
  if (invalid > 0) return { ok: false, error: `Expected every entry to have a paper slug and a title, got ${invalid} that do not.` };
  return { ok: true, list: mergeLists([], valid) };
}

/** A plain-text export: one `title — URL` line per paper, URLs from `urlOf(slug)`. */
export function readingListAsText(list: ReadingList, urlOf: (slug: string) => string): string {
  return list.map((item) => `${item.title} — ${urlOf(item.slug)}\n`).join('');
}

function entriesOf(value: unknown): { valid: SavedPaper[]; invalid: number } {
  const raw = isRecord(value) && Array.isArray(value.papers) ? (value.papers as unknown[]) : [];
  const valid: SavedPaper[] = [];
  let invalid = 0;
  for (const item of raw) {
    if (isRecord(item) && isPaperSlug(item.slug) && typeof item.title === 'string') {
      valid.push({ slug: item.slug, title: cleanTitle(item.title, item.slug) });
    } else invalid += 1;
  }
  return { valid: mergeLists([], valid), invalid };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
