import { compareLabels } from './compare-labels.ts';

/** The fields of a paper entry that decide its place in lists (a `papers` collection entry fits). */
export interface SortablePaper {
  /** Paper slug; unique. */
  id: string;
  data: {
    title: string;
    /** Dump id where the paper was first seen; dump ids sort like their file names. */
    firstSeen: string;
  };
}

/**
 * Papers in display order: newest dump first, then by title, then by slug (slugs are unique,
 * so the order never depends on the input order).
 *
 * @param papers Paper entries to sort; not changed.
 */
export function sortPapers<T extends SortablePaper>(papers: readonly T[]): T[] {
  return [...papers].sort(
    (a, b) =>
      compareCodeUnits(b.data.firstSeen, a.data.firstSeen) ||
      compareLabels(a.data.title, b.data.title) ||
      compareCodeUnits(a.id, b.id),
  );
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
