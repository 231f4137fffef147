import { compareLabels } from './compare-labels.ts';

/** The fields of a topic that decide its place in lists. */
export interface SortableTopic {
  label: string;
  papers: readonly unknown[];
  miscellany: boolean;
}

/**
 * Topics in display order: largest first, ties by label, the miscellany topic always last.
 *
 * @param topics Topics to sort; not changed.
 */
export function sortTopics<T extends SortableTopic>(topics: readonly T[]): T[] {
  return [...topics].sort(
    (a, b) =>
      Number(a.miscellany) - Number(b.miscellany) ||
      b.papers.length - a.papers.length ||
      compareLabels(a.label, b.label),
  );
}
