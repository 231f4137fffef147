/** A related paper ready to link: slug, title and similarity. */
export interface RelatedPaper {
  slug: string;
  title: string;
  /** Similarity in (0, 1]. */
  score: number;
}

/**
 * Related papers with their titles, most similar first; papers whose title is unknown
 * (no longer in the catalogue) are left out rather than linked to a missing page.
 *
 * @param related The entry's `related` list.
 * @param titleOf Title of a paper by slug, or `undefined` when unknown.
 */
export function relatedPapers(
  related: readonly { slug: string; score: number }[],
  titleOf: (slug: string) => string | undefined,
): RelatedPaper[] {
  const found: RelatedPaper[] = [];
  for (const { slug, score } of related) {
    const title = titleOf(slug);
    if (title !== undefined) found.push({ slug, title, score });
  }
  return found.sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
