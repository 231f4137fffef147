import { createHash } from 'node:crypto';

/**
 * Cache key of a generated page for Astro's incremental build
 * (`experimental.incrementalBuild`): a digest of the page's props. A page whose
 * props carry everything it renders, and nothing else, is rendered again exactly
 * when something it shows changed; Astro adds the page's code to the comparison.
 *
 * @param props The props `getStaticPaths` gives the page (JSON-serialisable).
 */
export function pageCacheKey(props: unknown): string {
  return createHash('sha256').update(JSON.stringify(props)).digest('base64url');
}
