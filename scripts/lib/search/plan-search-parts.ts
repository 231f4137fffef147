/**
 * Splits the documents to index into parts of at most `partSize`, in the given
 * order, so each Pagefind pass stays within a memory budget. Pure.
 *
 * @param documents What to index, in index order.
 * @param partSize Most documents per part (≥ 1).
 * @returns One list per part; a single part when everything fits; none for no documents.
 * @throws {Error} When `partSize` is not a positive integer.
 */
export function planSearchParts<T>(documents: readonly T[], partSize: number): T[][] {
  if (!Number.isInteger(partSize) || partSize < 1) {
    throw new Error(`Cannot plan search index parts: expected a positive integer part size, got ${partSize}`);
  }
  const parts: T[][] = [];
  // Equal-sized parts: 100_001 pages with size 25_000 become 5 parts of ~20k, not 4 full ones and a stub.
  const count = Math.ceil(documents.length / partSize);
  const size = Math.ceil(documents.length / Math.max(1, count));
  for (let start = 0; start < documents.length; start += size) parts.push(documents.slice(start, start + size));
  return parts;
}
