/**
 * Writes the data files of a site (src/lib/site-data-files.ts makes them; this module only
 * writes), many at once: on this kind of disk a file costs more in waiting than in work.
 */
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteDataFile } from '../../../src/lib/site-data-files.ts';

/** Files written at once. */
const WRITE_CONCURRENCY = 16;

/** What {@link writeSiteDataFiles} wrote. */
export interface SiteDataSummary {
  files: number;
  bytes: number;
}

/**
 * Writes every file under `outDir`, which stands for the site root, over what a previous build
 * left there (the site is rebuilt in place, see rebuild-in-place-fs.ts). Pages are astro's: a
 * data file never has an HTML name (the only kind of file astro writes per page), and no path
 * comes twice, so neither a page nor another data file is replaced without a trace.
 *
 * @throws {Error} When a path is HTML, comes twice, or cannot be written; the message names it.
 */
export async function writeSiteDataFiles(outDir: string, files: Iterable<SiteDataFile>): Promise<SiteDataSummary> {
  const queue = files[Symbol.iterator]();
  // One mkdir per folder; every writer into it waits for that one.
  const folders = new Map<string, Promise<unknown>>();
  const written = new Set<string>();
  let count = 0;
  let bytes = 0;
  const worker = async () => {
    for (let next = queue.next(); !next.done; next = queue.next()) {
      const file = path.join(outDir, next.value.path);
      if (file.endsWith('.html')) throw new Error(`Cannot write ${file}: pages are astro's, a data file cannot be HTML`);
      if (written.has(file)) throw new Error(`Cannot write ${file}: another data file has this path`);
      written.add(file);
      const folder = path.dirname(file);
      let made = folders.get(folder);
      if (!made) {
        made = mkdir(folder, { recursive: true });
        folders.set(folder, made);
      }
      await made;
      let size: number;
      try {
        size = await writeDataFile(file, next.value.body);
      } catch (error) {
        throw new Error(`Cannot write ${file}: ${String(error)}`, { cause: error });
      }
      // Added after the await: `bytes += await …` would add to the total read before it.
      bytes += size;
      count++;
    }
  };
  await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, worker));
  return { files: count, bytes };
}

/** Writes `file` with the body (see {@link SiteDataFile}); returns its size in bytes. */
async function writeDataFile(file: string, body: SiteDataFile['body']): Promise<number> {
  if (typeof body === 'string' || Array.isArray(body)) {
    const pieces: readonly (string | Uint8Array)[] = typeof body === 'string' ? [body] : body;
    const data = Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece)));
    await writeFile(file, data);
    return data.length;
  }
  // Pieces made while writing (e.g. /papers.json, ~300 MB at 100k papers): never all in memory.
  const handle = await open(file, 'w');
  let size = 0;
  try {
    for (const piece of body) {
      const data = typeof piece === 'string' ? Buffer.from(piece) : piece;
      // writeFile writes all of it from the current position (write() may write part of a buffer).
      await handle.writeFile(data);
      size += data.length;
    }
  } finally {
    await handle.close();
  }
  return size;
}
