/**
 * The content folder the pipeline wrote, as the site's build is told it: `ATLAS_CONTENT_DIR`
 * (tests and the benchmark point it at their own catalogues) or `content`, without trailing
 * slashes. A relative folder is relative to the project root; `src/content.config.ts` and
 * `loadCatalogue()` both resolve it there, so the collection and the JSON files beside it always
 * come from the same catalogue.
 *
 * @param env The environment (`process.env` at the edge).
 */
export function contentDirOf(env: Readonly<Record<string, string | undefined>>): string {
  return (env.ATLAS_CONTENT_DIR || 'content').replace(/\/+$/, '') || '/';
}
