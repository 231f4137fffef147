import { joinBase } from './routes.ts';

/** Name of the site, appended to every page title. */
export const SITE_NAME = 'Paper Atlas';

/**
 * The `<title>` of a page: `Diffusion Models · Paper Atlas`, or the site name alone.
 *
 * @param title Title of the page; empty for the home page.
 */
export function documentTitle(title: string): string {
  const trimmed = title.trim();
  return trimmed === '' || trimmed === SITE_NAME ? SITE_NAME : `${trimmed} · ${SITE_NAME}`;
}

/**
 * Absolute canonical URL of a page.
 *
 * @param site The site's public URL (Astro's `site`), e.g. `https://x.github.io/`.
 * @param base The base the site is served under, e.g. `/atlas/`.
 * @param path Site-relative path of the page, e.g. `/papers/x/`.
 */
export function canonicalUrl(site: string | URL, base: string, path: string): string {
  return new URL(joinBase(base, path), site).href;
}
