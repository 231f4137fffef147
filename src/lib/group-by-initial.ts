import { compareLabels } from './compare-labels.ts';

/** Items whose labels share a first letter. */
export interface InitialGroup<T> {
  /** `A`–`Z`, or `#` for labels starting with anything else. */
  initial: string;
  /** Items of the group, sorted by label. */
  items: T[];
}

/**
 * Group items by the first letter of their label, for an alphabetical index.
 *
 * @param items Items to group; not changed.
 * @param labelOf Display label of an item.
 * @returns Groups in order `#`, `A`…`Z`; each group sorted by {@link compareLabels}; no empty groups.
 */
export function groupByInitial<T>(items: readonly T[], labelOf: (item: T) => string): InitialGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const initial = initialOf(labelOf(item));
    const group = groups.get(initial);
    if (group) group.push(item);
    else groups.set(initial, [item]);
  }
  return [...groups.keys()]
    .sort()
    .map((initial) => ({
      initial,
      items: (groups.get(initial) ?? []).sort((a, b) => compareLabels(labelOf(a), labelOf(b))),
    }));
}

/** Latin letters that NFKD does not decompose, filed under the letter readers expect. */
const LATIN_INITIALS: Record<string, string> = { Ł: 'L', Ø: 'O', Æ: 'A', Œ: 'O', Đ: 'D', Ð: 'D', Þ: 'T', ẞ: 'S' };

/**
 * The index letter of a label: its first letter without accents, upper-cased, or `#`.
 *
 * @param label A display label.
 */
export function initialOf(label: string): string {
  const first = label.trim().normalize('NFKD').charAt(0).toUpperCase();
  const latin = LATIN_INITIALS[first] ?? first;
  return /^[A-Z]$/.test(latin) ? latin : '#';
}
