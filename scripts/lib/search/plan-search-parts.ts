/**
 * Splits the pages to index into parts of at most `partSize` pages, in path
 * order, so each Pagefind pass stays within a memory budget. Pure.
 *
 * @param files Site-relative HTML paths, e.g. `papers/x/index.html`.
 * @param partSize Most pages per part (≥ 1).
 * @returns One list per part; a single part when everything fits; none for no files.
 * @throws {Error} When `partSize` is not a positive integer.
 */
export function planSearchParts(files: readonly string[], partSize: number): string[][] {
  if (!Number.isInteger(partSize) || partSize < 1) {
    throw new Error(`Cannot plan search index parts: expected a positive integer part size, got ${partSize}`);
  }
  const sorted = [...files].sort();
  const parts: string[][] = [];
  // Equal-sized parts: 100_001 pages with size 25_000 become 5 parts of ~20k, not 4 full ones and a stub.
  const count = Math.ceil(sorted.length / partSize);
  const size = Math.ceil(sorted.length / Math.max(1, count));
  for (let start = 0; start < sorted.length; start += size) parts.push(sorted.slice(start, start + size));
  return parts;
}

/** Site-relative HTML files Pagefind should consider: every `.html` except its own bundles' files. */
export function isIndexablePage(relativePath: string): boolean {
  const posix = relativePath.split('\\').join('/');
  return posix.endsWith('.html') && !/^(?:pagefind|pagefind-part-\d+|\.pagefind-staging)\//.test(posix);
}
