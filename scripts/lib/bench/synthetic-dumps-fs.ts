import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readDumps } from '../ingest/read-dumps-fs.ts';
import { decodeDump } from '../parse/decode-dump.ts';
import { parseDump } from '../parse/parse-dump.ts';
import { buildSynthesisCorpus, type SynthesisCorpus, type SyntheticDump } from './synthesize-dumps.ts';

/**
 * Reads and parses the real dumps of a folder into the pieces synthetic dumps are made from.
 *
 * @param dumpsDir e.g. `content/dumps`.
 */
export function readSynthesisCorpus(dumpsDir: string): SynthesisCorpus {
  return buildSynthesisCorpus(
    readDumps(dumpsDir).map((file) => ({ text: decodeDump(file).text, records: parseDump(file).records })),
  );
}

/** Writes dumps into `dumpsDir` (created when missing); returns the bytes written. */
export function writeDumps(dumpsDir: string, dumps: readonly SyntheticDump[]): number {
  mkdirSync(dumpsDir, { recursive: true });
  let bytes = 0;
  for (const dump of dumps) {
    const data = Buffer.from(dump.text, 'utf8');
    writeFileSync(path.join(dumpsDir, dump.name), data);
    bytes += data.length;
  }
  return bytes;
}
