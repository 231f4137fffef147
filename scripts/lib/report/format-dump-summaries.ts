import type { DumpSummary } from '../model.ts';
import { formatTable } from './format-table.ts';

/**
 * The per-dump summary printed by every build: records, new papers, duplicates merged, lines skipped.
 *
 * @param summaries One summary per dump, in dump order.
 */
export function formatDumpSummaries(summaries: readonly DumpSummary[]): string {
  const rows = summaries.map((summary) => [
    summary.file,
    summary.records,
    summary.newPapers.length,
    summary.duplicates,
    summary.skipped.length,
  ]);
  const total = (pick: (summary: DumpSummary) => number) => summaries.reduce((sum, summary) => sum + pick(summary), 0);
  rows.push([
    'total',
    total((summary) => summary.records),
    total((summary) => summary.newPapers.length),
    total((summary) => summary.duplicates),
    total((summary) => summary.skipped.length),
  ]);
  return formatTable(['dump', 'records', 'new papers', 'duplicates merged', 'skipped'], rows);
}
