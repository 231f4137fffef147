/**
 * The records that let a rebuild leave unchanged output as it is: each writer of the site
 * (astro's pages, the data files, the search bundles) writes one `<writer>.json` per build with a
 * digest of every output it is responsible for, and reads the last successful build's to know
 * what it may keep. scripts/lib/site/output-digests-fs.ts manages the folders they live in.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What one writer records: a digest per output path, and how many of them it wrote this time. */
export interface OutputDigests {
  /**
   * Digest of each output, by path relative to the output folder (POSIX separators): a file, or a
   * folder (ending with `/`) that is written or kept as a whole.
   */
  digests: Record<string, string>;
  /** How many of them this build wrote (the others were kept). */
  written: number;
}

/** A writer's records of the last build; none (so everything is written) when missing or unreadable. */
export function readOutputDigests(folder: string | undefined, writer: string): Record<string, string> {
  if (!folder) return {};
  const file = path.join(folder, `${writer}.json`);
  if (!existsSync(file)) return {};
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<OutputDigests> | null;
    return typeof value?.digests === 'object' && value.digests !== null ? value.digests : {};
  } catch {
    // A damaged record only means that this writer writes everything again.
    return {};
  }
}

/** Records a writer's digests for the next build. */
export function writeOutputDigests(folder: string, writer: string, record: OutputDigests): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${writer}.json`), JSON.stringify(record));
}
