import { createHash } from 'node:crypto';
import { assignSlugs, type SlugRegistry } from '../dedupe/assign-slugs.ts';
import { dedupePapers } from '../dedupe/dedupe-papers.ts';
import { cleanRecord } from '../clean/clean-record.ts';
import type { CleanRecord, Diagnostic, DumpFile, DumpSummary, Paper } from '../model.ts';
import { runInWorker } from '../parallel/sync-worker.ts';
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
 * @param minWorkerBytes From this many bytes of dumps on, a worker thread parses and cleans the
 *   last files meanwhile (default {@link INGEST_WORKER_MIN_BYTES}); the result is the same.
 * @param kept Dumps parsed and cleaned by earlier builds, by {@link cleanedDumpKey}: a dump found
 *   there is not parsed again, and every dump parsed is kept there.
 */
export function ingestDumps(
  files: readonly DumpFile[],
  registry: Readonly<SlugRegistry>,
  onProgress?: IngestProgressListener,
  minWorkerBytes = INGEST_WORKER_MIN_BYTES,
  kept?: CleanedDumpStore,
): Ingestion {
  const ordered = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const keys = kept ? ordered.map(cleanedDumpKey) : [];
  const found = ordered.map((_, i) => (kept ? kept.get(keys[i]!) : undefined));
  const missing = ordered.flatMap((file, i) => (found[i] ? [] : [i]));
  const fresh = cleanInOrder(missing.map((i) => ordered[i]!), onProgress, minWorkerBytes);
  missing.forEach((i, j) => {
    found[i] = fresh[j]!;
    kept?.set([keys[i]!], fresh[j]!);
  });
  const cleaned = found as CleanedDump[];
  const diagnostics: Diagnostic[] = [];
  const records: CleanRecord[] = [];
  const recordCounts = new Map<string, number>();
  const fileOfId = new Map<string, string>();
  ordered.forEach((file, i) => {
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
    const dump = cleaned[i]!;
    diagnostics.push(...dump.diagnostics);
    recordCounts.set(id, (recordCounts.get(id) ?? 0) + dump.records.length);
    for (const record of dump.records) records.push(record);
  });
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

/** Dumps parsed and cleaned before, by {@link cleanedDumpKey}. */
export interface CleanedDumpStore {
  get(key: string): CleanedDump | undefined;
  set(keys: readonly string[], cleaned: CleanedDump): void;
}

/** What a dump's parsed and cleaned records depend on: its name (diagnostics name it) and its bytes. */
export function cleanedDumpKey(file: DumpFile): string {
  return createHash('sha256').update(`${file.name.length}:${file.name}`).update(file.bytes).digest('hex');
}

/** One dump parsed and cleaned. */
export interface CleanedDump {
  /** Parse diagnostics of the dump. */
  diagnostics: Diagnostic[];
  /** Its records, cleaned, in file order. */
  records: CleanRecord[];
}

/** Dumps of fewer bytes in all are cleaned on the calling thread: a worker's start-up would cost more. */
export const INGEST_WORKER_MIN_BYTES = 2_000_000;

/** Share of the bytes given to the worker, which first starts up while the calling thread is already at work. */
const WORKER_SHARE = 0.45;

/** Parses and cleans one dump, telling `onProgress` every {@link PROGRESS_EVERY} records. */
export function cleanDump(file: DumpFile, onProgress?: IngestProgressListener): CleanedDump {
  const parsed = parseDump(file);
  const records = parsed.records.map((raw, index) => {
    const record = cleanRecord(raw);
    if ((index + 1) % PROGRESS_EVERY === 0) onProgress?.({ file: file.name, records: parsed.records.length, cleaned: index + 1 });
    return record;
  });
  return { diagnostics: parsed.diagnostics, records };
}

/** The worker task: {@link cleanDump} of each file, in order. */
export function cleanDumps(files: DumpFile[]): CleanedDump[] {
  return files.map((file) => cleanDump(file));
}

/**
 * {@link cleanDump} of each file, in order. From `minWorkerBytes` on, a worker thread cleans the
 * last files (about {@link WORKER_SHARE} of the bytes) meanwhile; their progress is told once they are done.
 */
function cleanInOrder(ordered: readonly DumpFile[], onProgress: IngestProgressListener | undefined, minWorkerBytes: number): CleanedDump[] {
  const total = ordered.reduce((sum, file) => sum + file.bytes.length, 0);
  let split = ordered.length;
  if (ordered.length > 1 && total >= minWorkerBytes) {
    for (let tail = 0; split > 1 && tail + ordered[split - 1]!.bytes.length <= total * WORKER_SHARE; ) tail += ordered[--split]!.bytes.length;
  }
  if (split === ordered.length) return ordered.map((file) => cleanDump(file, onProgress));
  const tailFiles = ordered.slice(split).map(({ name, bytes }) => ({ name, bytes }));
  const pending = runInWorker<CleanedDump[]>(new URL('./ingest-dumps.ts', import.meta.url), 'cleanDumps', tailFiles);
  const cleaned = ordered.slice(0, split).map((file) => cleanDump(file, onProgress));
  pending.result().forEach((dump, i) => {
    const file = ordered[split + i]!;
    for (let done = PROGRESS_EVERY; done <= dump.records.length; done += PROGRESS_EVERY) onProgress?.({ file: file.name, records: dump.records.length, cleaned: done });
    cleaned.push(dump);
  });
  return cleaned;
}
