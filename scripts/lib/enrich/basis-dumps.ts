/**
 * Which dumps form the catalogue's basis: the corpus whose statistics and topic model every
 * paper is enriched against (see `compute-basis.ts`). The basis is the first dumps up to the
 * one where the catalogue last grew past {@link BASIS_GROWTH} times the previous basis, so a
 * new dump leaves the basis as it is until the catalogue has grown by half since it was made;
 * then the dump that crossed the line starts a new basis. Decided from the dumps alone, so
 * the same dumps always give the same basis, and appending a dump never changes an earlier
 * decision.
 */

/** How much the catalogue grows before its basis is made again: 1.5 = by half. */
export const BASIS_GROWTH = 1.5;

/**
 * The number of leading dumps that form the basis.
 *
 * @param papersAfter Distinct papers in the catalogue after each dump, in dump order (non-decreasing).
 * @returns 0 for no dumps, else 1 to `papersAfter.length`.
 */
export function basisDumpCount(papersAfter: readonly number[], growth = BASIS_GROWTH): number {
  if (papersAfter.length === 0) return 0;
  let count = 1;
  for (let dump = 1; dump < papersAfter.length; dump++) {
    if (papersAfter[dump]! > growth * papersAfter[count - 1]!) count = dump + 1;
  }
  return count;
}
