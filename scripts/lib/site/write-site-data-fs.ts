/**
 * Writes the data files of a site (src/lib/site-data-files.ts makes them; this module only
 * writes), many at once: on this kind of disk a file costs more in waiting than in work.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteDataFile } from '../../../src/lib/site-data-files.ts';

/** Files written at once. */
const WRITE_CONCURRENCY = 16;

/** What {@link writeSiteDataFiles} wrote. */
export interface SiteDataSummary {
  /** Data files of the site, written or kept. */
  files: number;
  /** Bytes of the files written. */
  bytes: number;
  /** Files written (the others were kept as the last build left them). */
  written: number;
  /** Digest of every file's bytes, by path relative to `outDir` (POSIX separators). */
  digests: Record<string, string>;
}

/**
 * Writes every file under `outDir`, which stands for the site root, over what a previous build
 * left there (the site is rebuilt in place, see rebuild-in-place-fs.ts). Pages are astro's: a
 * data file never has an HTML name (the only kind of file astro writes per page), and no path
 * comes twice, so neither a page nor another data file is replaced without a trace.
 *
 * A file made all at once (not piece by piece while it is written) whose bytes have the digest
 * `previous` gives for its path, and that is still there, is kept as it is.
 *
 * @throws {Error} When a path is HTML, comes twice, or cannot be written; the message names it.
 */
export async function writeSiteDataFiles(
  outDir: string,
  files: Iterable<SiteDataFile>,
  previous: Readonly<Record<string, string>> = {},
): Promise<SiteDataSummary> {
  const queue = files[Symbol.iterator]();
  // One mkdir per folder; every writer into it waits for that one.
  const folders = new Map<string, Promise<unknown>>();
  const written = new Set<string>();
  const digests: Record<string, string> = {};
  let count = 0;
  let bytes = 0;
  let kept = 0;
  const worker = async () => {
    for (let next = queue.next(); !next.done; next = queue.next()) {
      const file = path.join(outDir, next.value.path);
      if (file.endsWith('.html')) throw new Error(`Cannot write ${file}: pages are astro's, a data file cannot be HTML`);
      if (written.has(file)) throw new Error(`Cannot write ${file}: another data file has this path`);
      written.add(file);
      const relative = path.relative(outDir, file).split(path.sep).join('/');
      const whole = wholeBody(next.value.body);
      if (whole) {
        const digest = digestOf(whole);
        digests[relative] = digest;
        if (previous[relative] === digest && existsSync(file)) {
          kept++;
          continue;
        }
      }
      const folder = path.dirname(file);
      let made = folders.get(folder);
      if (!made) {
        made = mkdir(folder, { recursive: true });
        folders.set(folder, made);
      }
      await made;
      let size: number;
      try {
        const hash = createHash('sha1');
        size = await writeDataFile(file, whole ?? next.value.body, (data) => hash.update(data));
        digests[relative] ??= hash.digest('base64url');
      } catch (error) {
        throw new Error(`Cannot write ${file}: ${String(error)}`, { cause: error });
      }
      // Added after the await: `bytes += await …` would add to the total read before it.
      bytes += size;
      count++;
    }
  };
  await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, worker));
  return { files: count + kept, bytes, written: count, digests };
}

/** The bytes of a body made all at once, in its pieces; undefined for one made while it is written. */
function wholeBody(body: SiteDataFile['body']): Uint8Array[] | undefined {
  if (typeof body === 'string') return [Buffer.from(body)];
  if (Array.isArray(body)) return body.map((piece: string | Uint8Array) => (typeof piece === 'string' ? Buffer.from(piece) : piece));
  return undefined;
}

/** Digest of bytes given in pieces: the same as one hash over their concatenation. */
function digestOf(pieces: readonly Uint8Array[]): string {
  const hash = createHash('sha1');
  for (const piece of pieces) hash.update(piece);
  return hash.digest('base64url');
}

/** Writes `file` with the body (see {@link SiteDataFile}), telling `seen` every piece; returns its size in bytes. */
async function writeDataFile(file: string, body: SiteDataFile['body'], seen: (data: Uint8Array) => void): Promise<number> {
  if (typeof body === 'string' || Array.isArray(body)) {
    const pieces: readonly (string | Uint8Array)[] = typeof body === 'string' ? [body] : body;
    const data = Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece)));
    seen(data);
    await writeFile(file, data);
    return data.length;
  }
  // Pieces made while writing (e.g. /papers.json, ~300 MB at 100k papers): never all in memory.
  const handle = await open(file, 'w');
  let size = 0;
  try {
    for (const piece of body) {
      const data = typeof piece === 'string' ? Buffer.from(piece) : piece;
      seen(data);
      // writeFile writes all of it from the current position (write() may write part of a buffer).
      await handle.writeFile(data);
      size += data.length;
    }
  } finally {
    await handle.close();
  }
  return size;
}
