/**
 * Items per page of paginated lists. Sized so that a page with excerpts and keyword chips
 * stays well under the 100 kB page budget however large the catalogue grows.
 */
export const PAGE_SIZES = {
  /** Papers per topic page. */
  topic: 40,
  /** Papers per keyword page. */
  keyword: 40,
  /** New papers per dump page (titles and chips only, no excerpts). */
  dump: 60,
  /** Skipped lines listed on a dump page. */
  skipped: 200,
  /** Most used keywords listed per letter on the keyword index. */
  keywordIndexTop: 30,
  /** New papers of the latest dump on the home page. */
  latest: 12,
} as const;
