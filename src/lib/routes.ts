/**
 * Site-relative paths of every page kind, in one place so links and routes agree.
 * All paths start and end with `/`; prefix them with {@link joinBase} before use in HTML.
 */

/** Page of one paper. */
export const paperPath = (slug: string): string => `/papers/${slug}/`;
/** Page of one topic. */
export const topicPath = (slug: string): string => `/topics/${slug}/`;
/** Page of one keyword. */
export const keywordPath = (slug: string): string => `/keywords/${slug}/`;
/** Page of one dump. */
export const dumpPath = (id: string): string => `/dumps/${id}/`;

/**
 * Prefixes a site-relative path with the base the site is served under.
 *
 * @param base The configured base, e.g. `/` or `/atlas/` (Astro's `import.meta.env.BASE_URL`).
 * @param path A site-relative path starting with `/`, e.g. `/papers/x/`.
 * @returns `/atlas/papers/x/` for base `/atlas/`.
 */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const rooted = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${rooted}`;
}

/**
 * {@link joinBase} with the base of this build.
 *
 * @param path A site-relative path starting with `/`.
 */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
