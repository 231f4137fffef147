import { createHash } from 'node:crypto';
import { buildCatalogue } from '../build-catalogue.ts';
import { dumpIdOf } from '../ingest/dump-id-of.ts';
import type { Diagnostic, DumpFile } from '../model.ts';
import { parseDump } from '../parse/parse-dump.ts';
import type { CatalogueState } from '../write/read-catalogue-state-fs.ts';

/** A paper of the new dump, with the line of its (first) record there. */
export interface PlannedPaper {
  slug: string;
  title: string;
  line: number;
}

/** A published paper whose topic would change. */
export interface TopicMove {
  slug: string;
  from: string;
  to: string;
}

/** What adding a dump would do, computed by {@link planAddDump}. */
export interface AddDumpPlan {
  /** File name to store the dump under in `content/dumps/`. */
  name: string;
  /** Why the dump is refused (nothing is stored); undefined when it can be added. */
  refusal?: string;
  /** Records parsed from the dump. */
  records: number;
  /** Papers first seen in this dump. */
  newPapers: PlannedPaper[];
  /** Records that are papers the catalogue already has. */
  knownPapers: PlannedPaper[];
  /** Records merged into a paper seen earlier in the same dump. */
  repeatedInDump: number;
  /** Lines of the dump that could not be used, with their line numbers. */
  skipped: Diagnostic[];
  /** Published papers that would change topic. */
  topicMoves: TopicMove[];
  /** Topic slugs that would appear / disappear. */
  newTopics: string[];
  goneTopics: string[];
  /** Errors the pipeline would report with the dump added (the catalogue would be wrong). */
  errors: Diagnostic[];
}

/** Input of {@link planAddDump}. */
export interface AddDumpRequest {
  /** Dumps already in `content/dumps/`. */
  existing: readonly DumpFile[];
  /** The new dump, undecoded. */
  bytes: Uint8Array;
  /** Date the dump is added, `YYYY-MM-DD` (read by the CLI, never by this module). */
  date: string;
  /** What the last build published, and the curation text. */
  state: CatalogueState;
}

/**
 * Checks a new dump and works out what adding it would change, by running the
 * whole pure pipeline in memory with the dump added and comparing the result
 * with the published catalogue. Touches no file.
 *
 * Refuses a dump whose bytes equal an existing dump's, and one with no records.
 *
 * @param request Existing dumps, the new bytes, the date and the published state.
 */
export function planAddDump(request: AddDumpRequest): AddDumpPlan {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(request.date)) {
    throw new Error(`Cannot plan a dump: expected a date like 2025-01-31, got "${request.date}"`);
  }
  const hash = sha256(request.bytes);
  const name = dumpFileName(
    request.existing.map((dump) => dump.name),
    request.date,
    hash.slice(0, 8),
  );
  const empty: AddDumpPlan = {
    name,
    records: 0,
    newPapers: [],
    knownPapers: [],
    repeatedInDump: 0,
    skipped: [],
    topicMoves: [],
    newTopics: [],
    goneTopics: [],
    errors: [],
  };
  const twin = request.existing.find((dump) => sha256(dump.bytes) === hash);
  if (twin !== undefined) return { ...empty, refusal: `identical to content/dumps/${twin.name} (same bytes): already added` };
  const parsed = parseDump({ name, bytes: request.bytes });
  const skipped = parsed.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info');
  if (parsed.records.length === 0) return { ...empty, skipped, refusal: 'no title/abstract record found: is this a dump of the paper feed?' };

  const id = dumpIdOf(name);
  const { catalogue, diagnostics } = buildCatalogue([...request.existing, { name, bytes: request.bytes }], request.state);
  const lineIn = (occurrences: readonly { dump: string; line: number }[]) => occurrences.find((occurrence) => occurrence.dump === id)?.line ?? 0;
  const inDump = catalogue.papers.filter((paper) => paper.dumps.includes(id));
  const summary = catalogue.summaries.find((candidate) => candidate.id === id);
  const known = inDump.filter((paper) => paper.firstSeen !== id);
  const previousTopic = new Map((request.state.previous?.topics ?? []).flatMap((topic) => topic.papers.map((slug) => [slug, topic.slug])));
  const before = new Set(request.state.previous?.topics.map((topic) => topic.slug) ?? []);
  const after = new Set(catalogue.topics.map((topic) => topic.slug));
  const plan = (paper: (typeof inDump)[number]): PlannedPaper => ({ slug: paper.slug, title: paper.title, line: lineIn(paper.occurrences) });
  return {
    name,
    records: parsed.records.length,
    newPapers: inDump.filter((paper) => paper.firstSeen === id).map(plan),
    knownPapers: known.map(plan),
    repeatedInDump: Math.max(0, (summary?.duplicates ?? 0) - known.length),
    skipped,
    topicMoves: catalogue.papers
      .filter((paper) => previousTopic.has(paper.slug) && previousTopic.get(paper.slug) !== paper.topic)
      .map((paper) => ({ slug: paper.slug, from: previousTopic.get(paper.slug) as string, to: paper.topic })),
    newTopics: [...after].filter((slug) => !before.has(slug)).sort(),
    goneTopics: before.size === 0 ? [] : [...before].filter((slug) => !after.has(slug)).sort(),
    errors: diagnostics.filter((diagnostic) => diagnostic.severity === 'error'),
  };
}

/**
 * A dated, sortable dump file name: `NNN_YYYY-MM-DD_<hash8>.txt`, where NNN is
 * one more than the highest number any existing dump name starts with (000 for
 * the first), so dumps keep sorting in the order they were added.
 *
 * @param existing File names in `content/dumps/`.
 * @param date `YYYY-MM-DD`.
 * @param hash8 First 8 hex digits of the dump's SHA-256.
 */
export function dumpFileName(existing: readonly string[], date: string, hash8: string): string {
  const numbers = existing.map((name) => /^(\d+)_/.exec(name)?.[1]).filter((digits) => digits !== undefined).map(Number);
  const next = numbers.length === 0 ? 0 : Math.max(...numbers) + 1;
  return `${String(next).padStart(3, '0')}_${date}_${hash8}.txt`;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
