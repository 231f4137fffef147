import { normalisePhrase, slugifyPhrase } from '../enrich/normalise-phrase.ts';
import type { Diagnostic, Keyword, KeywordRef } from '../model.ts';
import { rederiveReferences, type CuratedParts } from './curated-parts.ts';
import { CURATION_FILE, keywordSlugOf, type KeywordRule } from './parse-curation.ts';

/** Result of {@link applyKeywordCuration}. */
export interface KeywordCuration extends CuratedParts {
  diagnostics: Diagnostic[];
}

/**
 * Adds and drops keyphrases of single papers, after enrichment, then
 * re-derives keyword paper lists (a keyword left without papers is dropped,
 * with every reference to it).
 *
 * An added phrase joins the catalogue's keyword of the same normal form (the
 * enrich stage's singular, lowercase form) when there is one, and is a new
 * keyword labelled as written otherwise. A dropped phrase matches by slug, by
 * label or by normal form. Dropping a keyword the paper no longer has is a
 * warning: the rule is stale, not wrong.
 *
 * @param parts The enriched (and topic-curated) catalogue.
 * @param rules Keyword rules of published papers, each with its line.
 */
export function applyKeywordCuration(parts: CuratedParts, rules: readonly KeywordRule[]): KeywordCuration {
  if (rules.length === 0) return { ...parts, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const existing = new Map(parts.keywords.map((keyword) => [keyword.slug, keyword]));
  const added = new Map<string, Keyword>();
  const refOf = (phrase: string): KeywordRef => {
    const slug = slugOfPhrase(phrase);
    const known = existing.get(slug) ?? added.get(slug);
    if (known) return { slug: known.slug, label: known.label };
    const keyword: Keyword = { slug, label: phrase, papers: [], cooccurring: [] };
    added.set(slug, keyword);
    return { slug, label: phrase };
  };
  const rulesOf = Map.groupBy(rules, (rule) => rule.paper);
  const papers = parts.papers.map((paper) => {
    const paperRules = rulesOf.get(paper.slug);
    if (paperRules === undefined) return paper;
    let keywords = [...paper.keywords];
    for (const rule of paperRules) {
      for (const phrase of rule.drop) {
        const kept = keywords.filter((keyword) => !matches(keyword, phrase));
        if (kept.length === keywords.length) {
          diagnostics.push({
            file: CURATION_FILE,
            line: rule.line,
            severity: 'warning',
            message: `paper "${paper.slug}" has no keyword "${phrase}" to drop`,
          });
        }
        keywords = kept;
      }
      for (const phrase of rule.add) {
        const ref = refOf(phrase);
        if (!keywords.some((keyword) => keyword.slug === ref.slug)) keywords.push(ref);
      }
    }
    return { ...paper, keywords };
  });
  const keywords = [...parts.keywords, ...added.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { ...rederiveReferences({ ...parts, papers, keywords }), diagnostics };
}

function slugOfPhrase(phrase: string): string {
  return slugifyPhrase(normalisePhrase(phrase)) || keywordSlugOf(phrase);
}

function matches(keyword: KeywordRef, spelling: string): boolean {
  const slug = keywordSlugOf(spelling);
  return keyword.slug === spelling || keyword.slug === slug || keywordSlugOf(keyword.label) === slug || keyword.slug === slugOfPhrase(spelling);
}
