/**
 * Splits the documents to index into parts, so each Pagefind pass stays within a memory budget
 * and a rebuild re-indexes only the parts whose documents changed. Pure.
 *
 * Documents without a group (the topics) form the first part. Papers are grouped by the dump
 * they were first seen in, and the groups, in dump order, are stacked like the digits of a
 * binary counter: a new group becomes a part of its own, which merges with the part before it
 * while it is at least as large and the two fit in a part. So appending a
 * dump never changes the parts before the ones it merges into, a catalogue has about
 * log₂(part size / dump size) more parts than full ones, and a paper is indexed again only a
 * few times as the catalogue grows. A catalogue with few papers is one part.
 */

/** Sizes of the parts. */
export interface SearchPartSizes {
  /** Most documents per part (≥ 1); a larger group is cut into equal parts. */
  partSize: number;
  /** Up to this many papers in all (and no more documents than a part holds), everything is one part. */
  singlePartMax: number;
}

/**
 * The parts of `documents`, in order: the ungrouped documents, then the groups' as described in
 * the module comment; a single part holding everything when there are at most `singlePartMax`
 * grouped documents; none for no documents.
 *
 * @param groups Every group, in order (documents of a group missing here come after, by first appearance).
 * @throws {Error} When `partSize` is not a positive integer.
 */
export function planSearchParts<T extends { group?: string }>(documents: readonly T[], groups: readonly string[], sizes: SearchPartSizes): T[][] {
  const { partSize, singlePartMax } = sizes;
  if (!Number.isInteger(partSize) || partSize < 1) {
    throw new Error(`Cannot plan search index parts: expected a positive integer part size, got ${partSize}`);
  }
  if (documents.length === 0) return [];
  const ungrouped = documents.filter((document) => document.group === undefined);
  const byGroup = new Map<string, T[]>(groups.map((group) => [group, []]));
  for (const document of documents) {
    if (document.group === undefined) continue;
    const list = byGroup.get(document.group);
    if (list) list.push(document);
    else byGroup.set(document.group, [document]);
  }
  const grouped = documents.length - ungrouped.length;
  if (grouped <= singlePartMax && documents.length <= partSize) return [[...ungrouped, ...[...byGroup.values()].flat()]];

  const stack: T[][] = [];
  for (const list of byGroup.values()) {
    for (const piece of equalPieces(list, partSize)) {
      stack.push(piece);
      while (stack.length >= 2) {
        const top = stack.at(-1)!;
        const below = stack.at(-2)!;
        if (top.length < below.length || top.length + below.length > partSize) break;
        stack.pop();
        stack[stack.length - 1] = below.concat(top);
      }
    }
  }
  return [ungrouped, ...stack];
}

/** `list` cut into the fewest equal pieces of at most `size`: 25,001 with size 10,000 are 3 of ~8,334. */
function equalPieces<T>(list: readonly T[], size: number): T[][] {
  if (list.length === 0) return [];
  const count = Math.ceil(list.length / size);
  const each = Math.ceil(list.length / count);
  const pieces: T[][] = [];
  for (let start = 0; start < list.length; start += each) pieces.push(list.slice(start, start + each));
  return pieces;
}
