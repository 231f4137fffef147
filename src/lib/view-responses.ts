/**
 * The download endpoints of a dump view (`/dumps/<id>/papers.{csv,jsonl}`). Topic and
 * keyword views are far more numerous and are written after the build from the published
 * catalogue (src/lib/view-files.ts); both use the row and format functions of export-view.ts.
 */
import { absoluteUrl } from './export-urls.ts';
import { serializeView, viewRows, VIEW_FORMATS, type ViewFormat } from './export-view.ts';
import { pickByKeys } from './index-by.ts';
import type { Catalogue } from './load-catalogue.ts';
import { paperPath } from './routes.ts';
import { sortPapers } from './sort-papers.ts';

/** The formats a view can be downloaded in, as `[format]` route parameters. */
export const VIEW_FORMAT_NAMES = Object.keys(VIEW_FORMATS) as ViewFormat[];

const topicLabelsOf = (catalogue: Catalogue) => new Map([...catalogue.topics].map(([slug, topic]) => [slug, topic.label]));

/**
 * The view's papers, in page order, as JSON Lines or CSV.
 *
 * @param catalogue The loaded catalogue.
 * @param paperSlugs Slugs of the view's papers.
 * @param format `jsonl` or `csv`.
 * @param site The site URL of the build (`Astro.site`).
 */
export function viewExportResponse(catalogue: Catalogue, paperSlugs: readonly string[], format: ViewFormat, site: URL | undefined): Response {
  const rows = viewRows(
    sortPapers(pickByKeys(catalogue.papers, paperSlugs)).map((entry) => entry.data),
    topicLabelsOf(catalogue),
    (slug) => absoluteUrl(site, import.meta.env.BASE_URL, paperPath(slug)),
  );
  return new Response(serializeView(rows, format), { headers: { 'Content-Type': VIEW_FORMATS[format].type } });
}
