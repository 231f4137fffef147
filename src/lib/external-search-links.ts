/** A link that searches a paper's title on another site. */
export interface ExternalSearchLink {
  /** Name of the site, e.g. `arXiv`. */
  site: string;
  /** Absolute URL of the search. */
  href: string;
}

/**
 * Links that search a title on arXiv, Hugging Face Papers and Semantic Scholar.
 *
 * The title goes through `URLSearchParams`, so any character in it (`&`, `#`, quotes,
 * non-ASCII) is percent-encoded and can never change the URL's structure.
 *
 * @param title Paper title as plain text.
 * @returns One link per site, in a fixed order.
 */
export function externalSearchLinks(title: string): ExternalSearchLink[] {
  const query = title.trim();
  return [
    { site: 'arXiv', href: searchUrl('https://arxiv.org/search/', { query, searchtype: 'title' }) },
    { site: 'Hugging Face', href: searchUrl('https://huggingface.co/papers', { q: query }) },
    { site: 'Semantic Scholar', href: searchUrl('https://www.semanticscholar.org/search', { q: query }) },
  ];
}

function searchUrl(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  url.search = new URLSearchParams(params).toString();
  return url.href;
}
