import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Files of a built site with the given extension, as site paths (`/papers/x/` for
 * `papers/x/index.html`, `/feed.xml` for `feed.xml`), sorted; Pagefind's own files are skipped.
 *
 * @param distDir The built site.
 * @param extension E.g. `.html`.
 */
export function sitePaths(distDir: string, extension: string): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => `/${path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
    .filter((sitePath) => !sitePath.startsWith('/pagefind/'))
    .map((sitePath) => sitePath.replace(/index\.html$/, ''))
    .sort();
}

/**
 * Site path → file in `distDir` (`/papers/x/` → `papers/x/index.html`).
 *
 * @param distDir The built site.
 * @param sitePath A path as {@link sitePaths} gives it.
 */
export function fileOf(distDir: string, sitePath: string): string {
  return path.join(distDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
}
