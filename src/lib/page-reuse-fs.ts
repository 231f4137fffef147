/**
 * Pages left as they are in a rebuild. Every dynamic route's page gets exactly what it shows as
 * props (lib/paper-card.ts), so a page whose route, params and props are those of the last build,
 * rendered by the same code for the same site address, would come out byte for byte the same: if
 * its file is still in the output folder, the route leaves it out of `getStaticPaths` and astro
 * neither renders nor writes it. A new dump changes a part of a large catalogue's pages (the new
 * papers, the lists they join, related lists they enter); the rest are kept.
 *
 * `scripts/build-site.ts` drives it through the environment, and only it: `astro build` or
 * `astro dev` on their own render every page.
 * - `ATLAS_OUTPUT_PREVIOUS`: folder of the last successful build's records (`output-digests-fs.ts`);
 *   empty after a failed build, so nothing is kept.
 * - `ATLAS_OUTPUT_NEXT`: folder where this build records every page's digest, kept or rendered;
 *   build-site keeps it only when the whole build succeeded, and spares the kept pages' files.
 * - `ATLAS_RENDER_SALT`: digest of everything else a page depends on (the site's code, config,
 *   locked dependencies and address), computed by build-site.
 * - `ATLAS_OUT_DIR`: the output folder the pages are in.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { digestOf } from './digest-of.ts';
import { readOutputDigests, writeOutputDigests } from './output-digests-fs.ts';

/** A `getStaticPaths` entry. */
interface StaticPath {
  params: Record<string, string | undefined>;
  props: object;
}

/**
 * The paths of `route` astro has to render: those whose page is new or changed since the last
 * build, or whose file is gone. Records every path's digest for the next build.
 *
 * @param route A name for the route, unique among routes (e.g. `papers`).
 * @param paths The route's `getStaticPaths` entries.
 * @param pathnameOf Site-relative path (without the base) of an entry's page, e.g. `/papers/x/`.
 * @param env The environment (build-site's variables, see the module comment).
 */
export function pathsToRender<T extends StaticPath>(
  route: string,
  paths: readonly T[],
  pathnameOf: (path: T) => string,
  env: Record<string, string | undefined> = process.env,
): T[] {
  const { ATLAS_OUTPUT_PREVIOUS: previousDir, ATLAS_OUTPUT_NEXT: nextDir, ATLAS_RENDER_SALT: salt, ATLAS_OUT_DIR: outDir } = env;
  if (!nextDir || !salt || !outDir) return [...paths];
  const writer = `pages-${route}`;
  const previous = readOutputDigests(previousDir, writer);
  const digests: Record<string, string> = {};
  const render = paths.filter((entry) => {
    const file = pageFile(pathnameOf(entry));
    const digest = digestOf([salt, route, entry.params, entry.props]);
    digests[file] = digest;
    return previous[file] !== digest || !existsSync(path.join(outDir, ...file.split('/')));
  });
  writeOutputDigests(nextDir, writer, { digests, written: render.length });
  return render;
}

/** The file (relative to the output folder, POSIX separators) a directory-style page is written to. */
export function pageFile(pathname: string): string {
  return [...pathname.split('/').filter(Boolean), 'index.html'].join('/');
}
