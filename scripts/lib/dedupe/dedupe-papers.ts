import type { CleanRecord, Diagnostic, DumpId, Occurrence, Paper } from '../model.ts';
import { titleKey } from './title-key.ts';

/** A deduplicated paper before it has a slug. */
export type PaperDraft = Omit<Paper, 'slug'>;

/** Result of {@link dedupePapers}. */
export interface Deduplication {
  /** Distinct papers in the order they were first seen. */
  papers: PaperDraft[];
  /** For every dump, how many of its records merged into a paper seen before. */
  duplicatesByDump: Map<DumpId, number>;
  diagnostics: Diagnostic[];
}

/**
 * Merges records of the same paper (same {@link titleKey}) within and across dumps.
 *
 * Records must come in dump order and line order. The merged paper records
 * every dump and line it appeared at and the dump where it was first seen. Its
 * text is that of the first occurrence, unless a later occurrence has a longer
 * abstract that starts with the same words: the first copy was then truncated,
 * and the complete one is kept so nothing valid is lost. Code links of all
 * occurrences are kept.
 *
 * @param records Cleaned records in dump order.
 */
export function dedupePapers(records: readonly CleanRecord[]): Deduplication {
  const byKey = new Map<string, PaperDraft>();
  const duplicatesByDump = new Map<DumpId, number>();
  const diagnostics: Diagnostic[] = [];
  for (const record of records) {
    const key = titleKey(record.title);
    if (key === '') {
      diagnostics.push({
        file: `${record.dump}.txt`,
        line: record.line,
        severity: 'warning',
        message: `skipped record: title "${record.original.title}" has no letters or digits`,
      });
      continue;
    }
    const occurrence: Occurrence = { dump: record.dump, line: record.line };
    const known = byKey.get(key);
    if (known === undefined) {
      byKey.set(key, {
        key,
        title: record.title,
        abstract: record.abstract,
        abstractText: record.abstractText,
        codeLinks: [...record.codeLinks],
        dumps: [record.dump],
        firstSeen: record.dump,
        occurrences: [occurrence],
        original: record.original,
      });
      continue;
    }
    duplicatesByDump.set(record.dump, (duplicatesByDump.get(record.dump) ?? 0) + 1);
    mergeInto(known, record, occurrence);
  }
  return { papers: [...byKey.values()], duplicatesByDump, diagnostics };
}

function mergeInto(paper: PaperDraft, record: CleanRecord, occurrence: Occurrence): void {
  paper.occurrences.push(occurrence);
  if (!paper.dumps.includes(record.dump)) paper.dumps.push(record.dump);
  for (const link of record.codeLinks) {
    if (!paper.codeLinks.includes(link)) paper.codeLinks.push(link);
  }
  if (completes(paper.abstractText, record.abstractText)) {
    paper.abstract = record.abstract;
    paper.abstractText = record.abstractText;
  }
}

/** True when `candidate` is a longer version of `kept` (kept was cut off mid-text). */
function completes(kept: string, candidate: string): boolean {
  if (candidate.length <= kept.length) return false;
  const stem = kept.replace(/[\s.…]+$/u, '');
  return candidate.startsWith(stem.slice(0, Math.max(0, stem.length - 1)));
}
