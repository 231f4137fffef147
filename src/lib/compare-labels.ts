/** One collator for every sort of display labels, so lists sort the same on every page and machine. */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Compare two display labels for sorting: case- and accent-insensitive, numbers by value,
 * then by code units so that different strings never compare equal (deterministic order).
 *
 * @returns A negative number, zero or a positive number, as `Array.prototype.sort` expects.
 */
export function compareLabels(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A copy of `items` sorted by {@link compareLabels} on the label each one gives.
 *
 * @param items Items to sort; not changed.
 * @param labelOf Display label of an item.
 */
export function sortByLabel<T>(items: readonly T[], labelOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareLabels(labelOf(a), labelOf(b)));
}
