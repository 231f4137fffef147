/** One page of a paginated list. */
export interface ListPage<T> {
  /** 1-based page number. */
  number: number;
  /** Number of pages in the list (at least 1). */
  count: number;
  /** Items of this page. */
  items: T[];
  /** 0-based index of this page's first item in the whole list. */
  offset: number;
}

/**
 * Split a list into pages of `pageSize` items. An empty list still gives one (empty) page,
 * so the first page of a topic or keyword always exists.
 *
 * @param items The whole list, already sorted.
 * @param pageSize Items per page, a positive integer.
 * @throws {Error} When `pageSize` is not a positive integer.
 */
export function paginate<T>(items: readonly T[], pageSize: number): ListPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new Error(`Cannot paginate: expected a positive integer page size, got ${pageSize}`);
  }
  const count = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    offset: index * pageSize,
  }));
}

/**
 * Site-relative path of page `number` of a list whose first page is `firstPath`:
 * page 1 is `firstPath` itself, page n is `firstPath` + `n/`.
 *
 * @param firstPath Path of the first page, ending with `/`, e.g. `/topics/x/`.
 * @param number 1-based page number.
 */
export function pagePath(firstPath: string, number: number): string {
  return number <= 1 ? firstPath : `${firstPath}${number}/`;
}

/**
 * The `[...page]` route parameter of page `number`: `undefined` for the first page.
 *
 * @param number 1-based page number.
 */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : String(number);
}
