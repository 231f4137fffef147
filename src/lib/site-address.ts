/**
 * Where the site is published, from the environment: `SITE_URL` (public URL of the site
 * root, e.g. `https://x.github.io/`) and `BASE_PATH` (sub-path it is served under, e.g.
 * `/atlas/`; `/` at a domain root). One reader, so `astro.config.mjs` and the post-build
 * scripts (view files, search index) agree on every absolute URL.
 */

/** The site's public URL and base path. */
export interface SiteAddress {
  site: string;
  base: string;
}

/** The address of a local build when the environment names none. */
export const DEFAULT_SITE_ADDRESS: SiteAddress = { site: 'http://localhost:4321/', base: '/' };

/**
 * Reads `SITE_URL` and `BASE_PATH`; unset or empty values fall back to {@link DEFAULT_SITE_ADDRESS}.
 *
 * @param env Environment variables, e.g. `process.env`.
 */
export function siteAddressFrom(env: Readonly<Record<string, string | undefined>>): SiteAddress {
  return { site: env.SITE_URL || DEFAULT_SITE_ADDRESS.site, base: env.BASE_PATH || DEFAULT_SITE_ADDRESS.base };
}
