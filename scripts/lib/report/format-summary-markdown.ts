import type { DumpSummary, Topic, TopicQuality } from '../model.ts';

/** Figures of a build besides its dumps and topics. */
export interface SummaryTotals {
  papers: number;
  keywords: number;
  /** Redirects kept for gone pages. */
  redirects: number;
  /** Error diagnostics of the build. */
  errors: number;
  /** Warning diagnostics of the build. */
  warnings: number;
}

/**
 * The build summary as GitHub-flavoured Markdown, for a CI job summary
 * (`$GITHUB_STEP_SUMMARY`): totals, one table row per dump (records, new
 * papers, duplicates merged, lines skipped), then topic quality.
 *
 * Cells come from dump file names and topic labels, i.e. from data: every cell
 * is escaped so `|`, backslashes, markup characters and line breaks stay text.
 *
 * @param summaries One summary per dump, in dump order.
 * @param topics Topics of the catalogue.
 * @param quality Overall topic quality.
 * @param totals Counts of the whole build.
 */
export function formatSummaryMarkdown(
  summaries: readonly DumpSummary[],
  topics: readonly Topic[],
  quality: TopicQuality,
  totals: SummaryTotals,
): string {
  const sum = (pick: (summary: DumpSummary) => number) => summaries.reduce((total, summary) => total + pick(summary), 0);
  const dumpRows = summaries.map((summary) => [
    code(summary.file),
    summary.records,
    summary.newPapers.length,
    summary.duplicates,
    summary.skipped.length,
  ]);
  dumpRows.push([
    '**total**',
    sum((summary) => summary.records),
    sum((summary) => summary.newPapers.length),
    sum((summary) => summary.duplicates),
    sum((summary) => summary.skipped.length),
  ]);
  const paperCount = topics.reduce((total, topic) => total + topic.papers.length, 0) || 1;
  const topicRows = [...topics]
    .sort((a, b) => b.papers.length - a.papers.length || (a.slug < b.slug ? -1 : 1))
    .map((topic) => [
      escapeCell(topic.label),
      code(topic.slug),
      topic.papers.length,
      `${((100 * topic.papers.length) / paperCount).toFixed(1)}%`,
      topic.miscellany ? '–' : topic.npmi.toFixed(3),
    ]);
  const status =
    totals.errors > 0
      ? `**${totals.errors} error(s)**: the catalogue would be wrong.`
      : `No errors${totals.warnings > 0 ? `; ${totals.warnings} warning(s) (see the build log)` : ''}.`;
  return [
    '## Paper Atlas build',
    '',
    `${totals.papers} papers, ${topics.length} topics, ${totals.keywords} keywords, ${totals.redirects} redirects. ${status}`,
    '',
    '### Dumps',
    '',
    table(['dump', 'records', 'new papers', 'duplicates merged', 'skipped'], dumpRows, [false, true, true, true, true]),
    '',
    '### Topic quality',
    '',
    `${quality.topics} topics, mean NPMI ${quality.meanNpmi.toFixed(3)}, diversity ${quality.diversity.toFixed(3)}.`,
    '',
    table(['topic', 'slug', 'papers', 'share', 'NPMI'], topicRows, [false, false, true, true, true]),
    '',
  ].join('\n');
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[], numeric: readonly boolean[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(numeric.map((isNumber) => (isNumber ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/** Text safe in a GFM table cell: markup characters backslash-escaped, `|` escaped, line breaks as spaces. */
export function escapeCell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#!|~&]/g, (character) => `\\${character}`);
}

/** Inline code for a file name or slug; these never hold a backtick (dump ids and slugs are ASCII-safe). */
function code(text: string): string {
  return /`|\|/.test(text) ? escapeCell(text) : `\`${text}\``;
}
