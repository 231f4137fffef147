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

