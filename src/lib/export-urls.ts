import { joinBase } from './routes.ts';

/**
 * Absolute URL of a site-relative path, with the site origin and the base
 * path, e.g. `https://x.github.io/atlas/papers/a/` for site
 * `https://x.github.io/`, base `/atlas/` and path `/papers/a/`.
 *
 * @param site Astro's `site` (URL or string).
 * @param base Astro's `base` (`import.meta.env.BASE_URL`).
 * @param path Site-relative path starting with `/`.
 * @throws {Error} When `site` is missing or not an absolute URL.
 */
export function absoluteUrl(site: URL | string | undefined, base: string, path: string): string {
  if (!site) throw new Error(`Cannot make an absolute URL for ${path}: expected \`site\` in astro.config.mjs, got nothing`);
  let origin: URL;
  try {
    origin = new URL(String(site));
  } catch (error) {
    throw new Error(`Cannot make an absolute URL for ${path}: expected an absolute \`site\` URL, got ${String(site)}`, { cause: error });
  }
  return new URL(joinBase(base, path), origin).href;
}
