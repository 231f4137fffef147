import { assignSlugs, type SlugRegistry } from '../dedupe/assign-slugs.ts';
import { dedupePapers } from '../dedupe/dedupe-papers.ts';
import { cleanRecord } from '../clean/clean-record.ts';
import type { CleanRecord, Diagnostic, DumpFile, DumpSummary, Paper } from '../model.ts';
import { parseDump } from '../parse/parse-dump.ts';
import { dumpIdOf } from './dump-id-of.ts';

/** Result of {@link ingestDumps}. */
export interface Ingestion {
  /** Distinct papers in the order they were first seen, with their slugs. */
  papers: Paper[];
  /** What each dump contributed, in dump order. */
  summaries: DumpSummary[];
  /** The slug registry with new papers added. */
  registry: SlugRegistry;
  diagnostics: Diagnostic[];
}

/** How far ingesting a large dump has got. */
export interface IngestProgress {
  /** Dump file name. */
  file: string;
  /** Records parsed from it. */
  records: number;
  /** Records cleaned so far. */
  cleaned: number;
}

/** Told every {@link PROGRESS_EVERY} records of a dump, so a CLI can show progress on long work. */
export type IngestProgressListener = (progress: IngestProgress) => void;

/** Records cleaned between two progress reports: a 50 MB dump (~90k records) reports about nine times. */
export const PROGRESS_EVERY = 10_000;

/**
 * Parse → clean → deduplicate → slug: turns dump files into distinct papers.
 *
 * Dumps are processed in file-name order whatever order they come in, so the
 * first-seen dump of a paper and the slug suffixes of colliding titles are
 * deterministic. Bad lines and records become diagnostics; every valid record
 * of every dump is kept.
 *
 * @param files Dump files (name and bytes).
 * @param registry Slugs published by earlier builds.
 * @param onProgress Optional listener for progress on large dumps.
 */
export function ingestDumps(
  files: readonly DumpFile[],
  registry: Readonly<SlugRegistry>,
  onProgress?: IngestProgressListener,
): Ingestion {
  const ordered = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const diagnostics: Diagnostic[] = [];
  const records: CleanRecord[] = [];
  const recordCounts = new Map<string, number>();
  const fileOfId = new Map<string, string>();
  for (const file of ordered) {
    const id = dumpIdOf(file.name);
    const other = fileOfId.get(id);
    if (other !== undefined) {
      diagnostics.push({
        file: file.name,
        severity: 'error',
        message: `dump id "${id}" is also the id of ${other}: rename one of the files`,
      });
    }
    fileOfId.set(id, file.name);
    const parsed = parseDump(file);
    diagnostics.push(...parsed.diagnostics);
    recordCounts.set(id, (recordCounts.get(id) ?? 0) + parsed.records.length);
    for (const [index, raw] of parsed.records.entries()) {
      records.push(cleanRecord(raw));
      if ((index + 1) % PROGRESS_EVERY === 0) onProgress?.({ file: file.name, records: parsed.records.length, cleaned: index + 1 });
    }
  }
  const deduplication = dedupePapers(records);
  diagnostics.push(...deduplication.diagnostics);
  const assignment = assignSlugs(deduplication.papers, registry);
  const papers: Paper[] = deduplication.papers.map((draft) => ({
    ...draft,
    slug: assignment.slugs.get(draft.key) as string,
  }));
  const newPapersByDump = Map.groupBy(papers, (paper) => paper.firstSeen);
  const summaries = ordered.map((file): DumpSummary => {
    const id = dumpIdOf(file.name);
    return {
      id,
      file: file.name,
      records: recordCounts.get(id) ?? 0,
      newPapers: (newPapersByDump.get(id) ?? []).map((paper) => paper.slug),
      duplicates: deduplication.duplicatesByDump.get(id) ?? 0,
      skipped: diagnostics.filter((diagnostic) => diagnostic.file === file.name && diagnostic.severity !== 'info'),
    };
  });
  return { papers, summaries, registry: assignment.registry, diagnostics };
}
