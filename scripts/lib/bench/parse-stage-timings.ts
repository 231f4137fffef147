/** Seconds per pipeline stage, in the order printed. */
export type StageTimings = Array<{ stage: string; seconds: number }>;

/**
 * Reads the `stages:` line `npm run pipeline` prints
 * (`stages: read 0.00s, ingest 0.27s, …; total 4.88s`).
 *
 * @param output Everything the pipeline printed.
 * @returns The stages in order, or an empty list when the line is missing.
 */
export function parseStageTimings(output: string): StageTimings {
  const line = output.split('\n').findLast((text) => text.startsWith('stages: '));
  if (!line) return [];
  const body = line.slice('stages: '.length).split(';')[0] ?? '';
  return body
    .split(',')
    .map((part) => /^\s*(\S+)\s+([\d.]+)s\s*$/.exec(part))
    .filter((match) => match !== null)
    .map((match) => ({ stage: match[1] as string, seconds: Number(match[2]) }));
}

/**
 * Groups pipeline stages as the benchmark reports them: parse/ingest (read, ingest),
 * enrich (enrich, check), emit/write (emit, write or compare); unknown stages go to "other".
 */
export function groupStageTimings(timings: StageTimings): Record<'ingest' | 'enrich' | 'emit' | 'other', number> {
  const groups = { ingest: 0, enrich: 0, emit: 0, other: 0 };
  const groupOf: Record<string, keyof typeof groups> = {
    read: 'ingest',
    parse: 'ingest',
    ingest: 'ingest',
    enrich: 'enrich',
    check: 'enrich',
    emit: 'emit',
    write: 'emit',
    compare: 'emit',
  };
  for (const { stage, seconds } of timings) groups[groupOf[stage] ?? 'other'] += seconds;
  return groups;
}
