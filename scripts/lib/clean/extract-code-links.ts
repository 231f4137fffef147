/**
 * An http(s) URL up to the first character that cannot be part of one in prose. Only these
 * two schemes match, so `javascript:`, `data:` or `file:` links never become code links.
 */
const URL = /\bhttps?:\/\/[^\s<>"'`{}|\\^[\]]+/gi;

/** Sentence punctuation that ends a URL in prose rather than belonging to it. */
const TRAILING = /[.,;:!?'"”’…*]+$/u;

/**
 * Find the code and project links of an abstract (GitHub, GitLab, Hugging Face, project
 * pages…): every http/https URL, without the sentence punctuation that follows it, a closing
 * parenthesis or bracket only kept when the URL opened one, in order of first appearance,
 * without duplicates.
 *
 * @param text Cleaned plain text.
 * @returns The URLs.
 */
export function extractCodeLinks(text: string): string[] {
  const links = new Set<string>();
  for (const match of text.matchAll(URL)) {
    const link = trimUrl(match[0]);
    if (/^https?:\/\/[^/?#.]+\.[^/?#]+/i.test(link)) links.add(link);
  }
  return [...links];
}

function trimUrl(url: string): string {
  let link = url;
  for (;;) {
    const before = link;
    link = link.replace(TRAILING, '');
    if (link.endsWith(')') && count(link, '(') < count(link, ')')) link = link.slice(0, -1);
    if (link === before) return link;
  }
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}
