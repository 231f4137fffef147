/**
 * Topic diversity: the share of distinct phrases among all topics' top
 * phrase lists (1 when no phrase is repeated across topics).
 */
export function topicDiversity(lists: ReadonlyArray<readonly string[]>): number {
  let total = 0;
  const distinct = new Set<string>();
  for (const list of lists) {
    total += list.length;
    for (const phrase of list) distinct.add(phrase);
  }
  return total === 0 ? 0 : distinct.size / total;
}
