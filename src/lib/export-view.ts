/**
 * Downloads of one view of the catalogue (a topic, a keyword, a dump or a set
 * of search results) as JSON Lines and CSV. Pure and free of Node and Astro
 * APIs: the build writes the static files with it and the search page builds
 * the same formats in the browser.
 */

/** One paper of a view, as both formats carry it. */
export interface ViewRow {
  title: string;
  abstract: string;
  /** Absolute URL of the paper page. */
  url: string;
  /** Topic label. */
  topic: string;
  /** Keyword labels, most relevant first. */
  keywords: readonly string[];
  /** Code and project links. */
  codeLinks: readonly string[];
}

/** CSV columns, in order. */
export const VIEW_COLUMNS = ['title', 'abstract', 'url', 'topic', 'keywords', 'code_links'] as const;

/** How list-valued cells are joined in CSV (a character no keyword or URL contains). */
export const CSV_LIST_SEPARATOR = '; ';

/**
 * JSON Lines: one compact object per row with a final newline, `<` escaped as
 * in the catalogue exports. An empty view is an empty file.
 */
export function toJsonLines(rows: readonly ViewRow[]): string {
  return rows.map((row) => `${jsonLine(row)}\n`).join('');
}

/** One row as a JSON Lines line, without the newline. */
export function jsonLine(row: ViewRow): string {
  return JSON.stringify({
    title: row.title,
    abstract: row.abstract,
    url: row.url,
    topic: row.topic,
    keywords: [...row.keywords],
    codeLinks: [...row.codeLinks],
  }).replace(/</g, '\\u003c');
}

/** RFC 4180 CSV with a header row and CRLF line ends; every cell defused by {@link csvCell}. */
export function toCsv(rows: readonly ViewRow[]): string {
  return `${[VIEW_COLUMNS.join(','), ...rows.map(csvRow)].join('\r\n')}\r\n`;
}

/** One row as a CSV line, without the line end. */
export function csvRow(row: ViewRow): string {
  return [row.title, row.abstract, row.url, row.topic, row.keywords.join(CSV_LIST_SEPARATOR), row.codeLinks.join(CSV_LIST_SEPARATOR)]
    .map(csvCell)
    .join(',');
}

/**
 * One CSV cell. A cell a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, tab or CR) gets a leading `'` (OWASP's CSV injection
 * advice); a cell with a quote, comma or line break is quoted, quotes doubled.
 */
export function csvCell(value: string): string {
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

/** The paper fields {@link viewRows} reads (a subset of the paper entry). */
export interface ViewPaper {
  slug: string;
  title: string;
  abstractText: string;
  topic: string;
  keywords: readonly { label: string }[];
  codeLinks: readonly string[];
}

/**
 * Rows of a view, in the given order.
 *
 * @param topicLabels Topic labels by slug; an unknown topic shows its slug.
 * @param urlOf Absolute URL of a paper page by slug.
 */
export function viewRows(
  papers: readonly ViewPaper[],
  topicLabels: ReadonlyMap<string, string>,
  urlOf: (slug: string) => string,
): ViewRow[] {
  return papers.map((paper) => ({
    title: paper.title,
    abstract: paper.abstractText,
    url: urlOf(paper.slug),
    topic: topicLabels.get(paper.topic) ?? paper.topic,
    keywords: paper.keywords.map((keyword) => keyword.label),
    codeLinks: [...paper.codeLinks],
  }));
}

/** The two formats, with file extension and media type. */
export const VIEW_FORMATS = {
  jsonl: { extension: 'jsonl', type: 'application/jsonl; charset=utf-8', label: 'JSON Lines' },
  csv: { extension: 'csv', type: 'text/csv; charset=utf-8', label: 'CSV' },
} as const;

/** A format key of {@link VIEW_FORMATS}. */
export type ViewFormat = keyof typeof VIEW_FORMATS;

/** The file body of a view in `format`. */
export function serializeView(rows: readonly ViewRow[], format: ViewFormat): string {
  return format === 'csv' ? toCsv(rows) : toJsonLines(rows);
}

/** Site-relative path of a view's download next to its page, e.g. `/topics/x/papers.csv`. */
export function viewExportPath(pagePath: string, format: ViewFormat): string {
  return `${pagePath}papers.${VIEW_FORMATS[format].extension}`;
}

/** Most entries in a topic or keyword feed: the newest papers only, so 30k keyword feeds stay small. */
export const VIEW_FEED_LIMIT = 50;
