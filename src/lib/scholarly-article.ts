/** What {@link scholarlyArticle} needs to describe one paper. */
export interface ScholarlyArticleInput {
  /** Paper title as plain text. */
  title: string;
  /** Abstract as plain text. */
  abstract: string;
  /** Absolute URL of the paper's page. */
  url: string;
  /** Keyword labels, most relevant first. */
  keywords: readonly string[];
  /** Topic label, if known. */
  topic?: string;
  /** Code and project links. */
  codeLinks?: readonly string[];
}

/**
 * A schema.org `ScholarlyArticle` object for one paper, ready for {@link serializeJsonLd}.
 *
 * @param input The paper's facts.
 * @returns A plain JSON object; optional fields are left out when empty.
 */
export function scholarlyArticle(input: ScholarlyArticleInput): Record<string, unknown> {
  const article: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: input.title,
    name: input.title,
    abstract: input.abstract,
    url: input.url,
    mainEntityOfPage: input.url,
  };
  if (input.keywords.length > 0) article.keywords = input.keywords.join(', ');
  if (input.topic) article.about = { '@type': 'Thing', name: input.topic };
  if (input.codeLinks && input.codeLinks.length > 0) article.sameAs = [...input.codeLinks];
  return article;
}
