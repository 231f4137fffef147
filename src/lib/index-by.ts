/**
 * A map from each item's key to the item, built once so pages look items up in O(1).
 *
 * @param items Items with unique keys.
 * @param keyOf Key of an item.
 * @throws {Error} When two items share a key (the catalogue would be inconsistent).
 */
export function indexBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (map.has(key)) throw new Error(`Cannot index: expected unique keys, got "${key}" twice`);
    map.set(key, item);
  }
  return map;
}

/**
 * The items of `keys` that the map knows, in the order of `keys`; unknown keys are skipped
 * (a related paper or topic that is no longer in the catalogue simply is not linked).
 *
 * @param map Items by key.
 * @param keys Keys to look up.
 */
export function pickByKeys<T>(map: ReadonlyMap<string, T>, keys: Iterable<string>): T[] {
  const picked: T[] = [];
  for (const key of keys) {
    const item = map.get(key);
    if (item !== undefined) picked.push(item);
  }
  return picked;
}
