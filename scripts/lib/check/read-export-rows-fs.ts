/**
 * Reads the rows of a built site's `papers.json` for the site check. A module of its own so that
 * `scripts/build-site.ts` can run it on a worker thread (`runInWorkerAsync`) without loading the
 * rest of the check's readers: at 100k papers the file is ~300 MB and parsing it took ~5 s.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The slug of every row of a site's `papers.json`, in order.
 *
 * @param siteDir The built site, e.g. `dist`.
 * @throws {Error} Naming the file, when it is missing, not JSON, or a row has no string slug.
 */
export function readExportRows(siteDir: string): string[] {
  const file = path.join(path.resolve(siteDir), 'papers.json');
  if (!existsSync(file)) throw new Error(`Cannot check site: expected ${file}, got no file; run the build first`);
  let body: unknown;
  try {
    body = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot check site: expected ${file} to be JSON, got ${String(error)}`, { cause: error });
  }
  const rows = (body as { papers?: unknown }).papers;
  if (!Array.isArray(rows)) throw new Error(`Cannot check site: expected a "papers" array in ${file}, got ${typeof rows}`);
  return rows.map((row: { slug?: unknown }, index) => {
    if (typeof row?.slug !== 'string') throw new Error(`Cannot check site: expected a string slug in row ${index} of ${file}`);
    return row.slug;
  });
}
