/**
 * `robots.txt`: everything may be crawled except the search bundles (index
 * shards, not pages); points at the sitemap.
 *
 * @param sitemapUrl Absolute URL of `sitemap.xml`.
 * @param base The site's base path, e.g. `/atlas/`; rules are written under it.
 */
export function buildRobotsTxt(sitemapUrl: string, base: string): string {
  if (/[\r\n]/.test(sitemapUrl) || /[\r\n]/.test(base)) {
    throw new Error(`Cannot build robots.txt: expected single-line values, got ${JSON.stringify({ sitemapUrl, base })}`);
  }
  const root = base.endsWith('/') ? base : `${base}/`;
  return ['User-agent: *', `Allow: ${root}`, `Disallow: ${root}pagefind/`, '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
