import type { Diagnostic, DumpFile, RawRecord } from '../model.ts';
import { classifyLine } from './classify-line.ts';
import { dumpIdOf } from '../ingest/dump-id-of.ts';
import { decodeDump } from './decode-dump.ts';
import { pairLines } from './pair-lines.ts';
import { splitLines } from './split-lines.ts';
import { splitTabbedRecord } from './split-tabbed-record.ts';
import { unwrapLines } from './unwrap-lines.ts';

/** Records found in one dump and everything worth telling about it. */
export interface ParsedDump {
  records: RawRecord[];
  diagnostics: Diagnostic[];
}

/**
 * Parse a raw dump into title/abstract records.
 *
 * Decodes the bytes, splits lines (LF, CRLF, CR), joins hard-wrapped lines back into
 * paragraphs when the dump was wrapped at a fixed width, classifies each line by its shape and
 * pairs every abstract with the nearest preceding title-like line. Bad data never throws:
 * it becomes diagnostics pinned to the file and line.
 *
 * @param file The dump as read from disk.
 * @returns Records in file order; `dump` is the dump id ({@link dumpIdOf}), `line` the title's line.
 */
export function parseDump(file: DumpFile): ParsedDump {
  const decoded = decodeDump(file);
  const dump = dumpIdOf(file.name);
  const unwrapped = unwrapLines(splitLines(decoded.text));
  const classified = unwrapped.lines.flatMap(({ text, line }) => splitTabbedRecord(text).map((field) => classifyLine(field, line)));
  const paired = pairLines(classified, file.name, dump);
  const unwrapping: Diagnostic[] =
    unwrapped.width === undefined
      ? []
      : [{ file: file.name, severity: 'info', message: `hard-wrapped at ${unwrapped.width} characters: joined ${unwrapped.joined} lines back into paragraphs` }];
  return { records: paired.records, diagnostics: [...decoded.diagnostics, ...unwrapping, ...paired.diagnostics] };
}
