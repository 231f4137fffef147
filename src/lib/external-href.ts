/**
 * A link from dump text as a valid `href`: parsed and re-serialised by `URL`, so characters
 * that are not allowed in a URL (`{`, spaces, quotes, non-ASCII) come out percent-encoded.
 *
 * @param link A URL found in an abstract.
 * @returns The normalised absolute URL, or `undefined` when it is not an http(s) URL
 *   (never link a `javascript:` or `data:` URL taken from untrusted text).
 */
export function externalHref(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    // Not a URL at all: the caller shows the text without a link.
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}

/**
 * A short label for a link: without scheme, `www.` and a trailing slash.
 *
 * @param link An absolute URL.
 */
export function linkLabel(link: string): string {
  return link
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
}
