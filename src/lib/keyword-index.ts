import { compareLabels } from './compare-labels.ts';
import { groupByInitial } from './group-by-initial.ts';

/** The fields of a keyword the index needs. */
export interface IndexableKeyword {
  label: string;
  papers: readonly unknown[];
}

/** One letter of the keyword index. */
export interface KeywordLetter<T> {
  /** `A`–`Z` or `#`. */
  initial: string;
  /** URL segment of the letter: `a`–`z`, or `other` for `#`. */
  slug: string;
  /** Every keyword of the letter, alphabetically. */
  all: T[];
  /** The most used keywords of the letter, most papers first, at most `shown`. */
  top: T[];
}

/**
 * The keyword index: keywords grouped by first letter, each letter with its most used keywords
 * for the overview page and all of them for the letter's own page. Splitting by letter keeps
 * every page small even with tens of thousands of keywords.
 *
 * @param keywords All keywords; not changed.
 * @param shown Most used keywords listed per letter on the overview.
 */
export function keywordIndex<T extends IndexableKeyword>(keywords: readonly T[], shown: number): KeywordLetter<T>[] {
  return groupByInitial(keywords, (keyword) => keyword.label).map(({ initial, items }) => ({
    initial,
    slug: letterSlug(initial),
    all: items,
    top: [...items]
      .sort((a, b) => b.papers.length - a.papers.length || compareLabels(a.label, b.label))
      .slice(0, shown),
  }));
}

/**
 * URL segment of an index letter.
 *
 * @param initial `A`–`Z` or `#`.
 */
export function letterSlug(initial: string): string {
  return initial === '#' ? 'other' : initial.toLowerCase();
}

/**
 * Site-relative path of the page listing every keyword of one letter. The static `letter/`
 * segment sits one level below keyword pages (`/keywords/<slug>/`), so the two never collide.
 *
 * @param slug Letter slug from {@link letterSlug}.
 */
export function keywordLetterPath(slug: string): string {
  return `/keywords/letter/${slug}/`;
}
