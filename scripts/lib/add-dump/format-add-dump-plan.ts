import { formatDiagnostic } from '../report/format-diagnostic.ts';
import type { AddDumpPlan } from './plan-add-dump.ts';

/** Options of {@link formatAddDumpPlan}. */
export interface FormatPlanOptions {
  /** Where the dump came from (a path or `stdin`). */
  source: string;
  /** True when nothing will be stored. */
  dryRun: boolean;
  /** Papers listed per section before "… and N more". */
  limit?: number;
}

/**
 * What `npm run add-dump` prints: where the dump goes, its papers (new and
 * already known), lines it cannot use, and topic moves.
 *
 * @param plan The plan of {@link planAddDump}.
 */
export function formatAddDumpPlan(plan: AddDumpPlan, options: FormatPlanOptions): string {
  const limit = options.limit ?? 50;
  const lines: string[] = [];
  const list = <T>(title: string, items: readonly T[], render: (item: T) => string) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`);
    for (const item of items.slice(0, limit)) lines.push(`  ${render(item)}`);
    if (items.length > limit) lines.push(`  … and ${items.length - limit} more`);
  };
  if (plan.refusal !== undefined) {
    lines.push(`refused ${options.source}: ${plan.refusal}`);
    for (const diagnostic of plan.skipped) lines.push(`  ${formatDiagnostic(diagnostic)}`);
    return lines.join('\n');
  }
  lines.push(`${options.source} → content/dumps/${plan.name}${options.dryRun ? ' (dry run: nothing stored)' : ''}`);
  lines.push(
    `${plan.records} records: ${plan.newPapers.length} new papers, ${plan.knownPapers.length} already in the catalogue, ` +
      `${plan.repeatedInDump} repeated within the dump, ${plan.skipped.length} lines skipped`,
  );
  list('new papers', plan.newPapers, (paper) => `+ ${paper.slug} (line ${paper.line}) ${paper.title}`);
  list('duplicates of known papers', plan.knownPapers, (paper) => `= ${paper.slug} (line ${paper.line})`);
  list('lines it cannot use', plan.skipped, formatDiagnostic);
  list('topic moves', plan.topicMoves, (move) => `~ ${move.slug}: ${move.from} → ${move.to}`);
  list('new topics', plan.newTopics, (slug) => `+ ${slug}`);
  list('topics that would disappear (their URLs will redirect)', plan.goneTopics, (slug) => `- ${slug}`);
  list('errors the pipeline would report', plan.errors, formatDiagnostic);
  return lines.join('\n');
}
