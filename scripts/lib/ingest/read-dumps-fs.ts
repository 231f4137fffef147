import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DumpFile } from '../model.ts';

/**
 * Reads every `*.txt` dump of a folder, in file-name order, as undecoded bytes.
 *
 * @param dumpsDir The folder, e.g. `content/dumps`.
 */
export function readDumps(dumpsDir: string): DumpFile[] {
  let names: string[];
  try {
    names = readdirSync(dumpsDir);
  } catch (error) {
    throw new Error(`Cannot read dumps: expected a folder at ${dumpsDir}`, { cause: error });
  }
  return names
    .filter((name) => name.toLowerCase().endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(path.join(dumpsDir, name)) }));
}
