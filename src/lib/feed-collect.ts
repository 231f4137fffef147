import type { FeedPaper } from './feed-papers.ts';

/**
 * The papers of a dump's `newPapers` list, in that order. Slugs without an
 * entry are returned as `missing` so the caller can fail loudly: a feed that
 * silently drops papers would hide a broken catalogue.
 */
export function papersOfDump(
  newPapers: readonly string[],
  bySlug: ReadonlyMap<string, FeedPaper>,
): { papers: FeedPaper[]; missing: string[] } {
  const papers: FeedPaper[] = [];
  const missing: string[] = [];
  for (const slug of newPapers) {
    const paper = bySlug.get(slug);
    if (paper) papers.push(paper);
    else missing.push(slug);
  }
  return { papers, missing };
}
