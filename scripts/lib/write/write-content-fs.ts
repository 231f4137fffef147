import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What a file was when a run left it: a digest of its text, its size and modification time. */
export interface FileStamp {
  digest: string;
  size: number;
  mtimeMs: number;
  /** A digest of what the file was made from (a paper entry's `paperDigest`), when the run was told it. */
  source?: string;
}

/**
 * A file given without its text: it is on disk as `stamp` says and stays as it is (see
 * {@link keptIfUnchanged}). A paper whose entry was made from the same paper last time is not
 * emitted again, and its text is neither read nor kept anywhere.
 */
export interface KeptFile {
  stamp: FileStamp;
}

/** What {@link writeContent} changed (or, with `dryRun`, would change). */
export interface WriteReport {
  /** Files created or rewritten because their text changed. */
  written: string[];
  /** Files whose text was already identical (kept as they are, not rewritten). */
  unchanged: number;
  /** Files removed because the catalogue no longer has them. */
  removed: string[];
  /** Every file as this run left it (empty for a dry run), for the next run's `known`. */
  stamps: Map<string, FileStamp>;
}

/** Options of {@link writeContent}. */
export interface WriteOptions {
  /** Only compute the report; touch nothing. */
  dryRun?: boolean;
  /**
   * The files as the last run left them (its `stamps`): a file whose new text has the digest it had
   * then, and whose size and modification time are still those, is unchanged without being read.
   */
  known?: ReadonlyMap<string, FileStamp>;
  /** What each file is made from (e.g. a paper entry's `paperDigest`), recorded in its stamp. */
  sources?: ReadonlyMap<string, string>;
}

/**
 * Makes the managed parts of `contentDir` hold exactly `files`.
 *
 * The managed parts are the top-level folders and files that `files` names
 * (e.g. `papers/`, `catalogue/`, `slugs.json`); `dumps/` and anything else is
 * never touched. The new tree is staged in a temporary folder (unchanged files
 * hard-linked, so they keep their inode and time stamp) and swapped in at the
 * end, so a run that fails midway never leaves half a catalogue.
 *
 * @param contentDir The `content/` folder.
 * @param files Map from path relative to `contentDir` (POSIX separators) to text, or to a
 *   {@link KeptFile} for a file known to be on disk already as it should be.
 */
export function writeContent(contentDir: string, files: ReadonlyMap<string, string | KeptFile>, options: WriteOptions = {}): WriteReport {
  const roots = [...new Set([...files.keys()].map((file) => file.split('/')[0] as string))].sort();
  const existing = new Set(roots.flatMap((root) => listFiles(contentDir, root)));
  const report: WriteReport = { written: [], unchanged: 0, removed: [], stamps: new Map() };
  const digests = new Map<string, string>();
  const kept = new Map<string, FileStamp>();
  for (const [file, text] of files) {
    if (typeof text !== 'string') {
      if (!existing.has(file)) throw new Error(`Cannot keep ${file} as it is: it is not in ${contentDir}`);
      digests.set(file, text.stamp.digest);
      kept.set(file, text.stamp);
      report.unchanged += 1;
      continue;
    }
    const digest = digestOf(text);
    digests.set(file, digest);
    const full = path.join(contentDir, file);
    if (existing.has(file) && holdsText(full, options.known?.get(file), digest, text)) report.unchanged += 1;
    else report.written.push(file);
  }
  report.removed = [...existing].filter((file) => !files.has(file)).sort();
  report.written.sort();
  if (options.dryRun) return report;
  if (report.written.length === 0 && report.removed.length === 0) return stamped(report, contentDir, digests, kept, options.sources);

  const staging = path.join(contentDir, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    const changed = new Set(report.written);
    const folders = new Set<string>();
    for (const [file, text] of files) {
      const target = path.join(staging, file);
      const folder = path.dirname(target);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      if (changed.has(file)) writeFileSync(target, text as string);
      else linkSync(path.join(contentDir, file), target);
    }
    swapIn(contentDir, staging, roots);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return stamped(report, contentDir, digests, kept, options.sources);
}

/**
 * `file` given without its text when the last run left it made from `source` and it has not
 * changed since (digest recorded, size and modification time still those); otherwise `undefined`,
 * and the file has to be made again.
 *
 * @param known The stamps of the last run ({@link WriteReport.stamps}).
 */
export function keptIfUnchanged(contentDir: string, known: ReadonlyMap<string, FileStamp>, file: string, source: string): KeptFile | undefined {
  const stamp = known.get(file);
  return stamp?.source === source && isOnDiskAsStamped(path.join(contentDir, file), stamp) ? { stamp } : undefined;
}

function digestOf(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/**
 * True when `file` holds `text` (whose digest is `digest`). A file still as the last run left it
 * is judged by the digest its stamp recorded, so a changed file is not read (~2,000 entries
 * change when a dump is added to a 10k catalogue); any other file is read and compared.
 */
function holdsText(file: string, stamp: FileStamp | undefined, digest: string, text: string): boolean {
  if (stamp !== undefined && isOnDiskAsStamped(file, stamp)) return stamp.digest === digest;
  return readFileSync(file, 'utf8') === text;
}

/** True when `file` still has the size and modification time `stamp` recorded. */
function isOnDiskAsStamped(file: string, stamp: FileStamp): boolean {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats !== undefined && stats.size === stamp.size && stats.mtimeMs === stamp.mtimeMs;
}

/**
 * The report with the stamp of every file written or kept. A kept file has the stamp it was
 * kept by, checked on disk just before (linked into place, it keeps its size and time), so
 * only the others are looked at again.
 */
function stamped(
  report: WriteReport,
  contentDir: string,
  digests: ReadonlyMap<string, string>,
  kept: ReadonlyMap<string, FileStamp>,
  sources?: ReadonlyMap<string, string>,
): WriteReport {
  for (const [file, digest] of digests) {
    const { size, mtimeMs } = kept.get(file) ?? statSync(path.join(contentDir, file));
    const source = sources?.get(file);
    report.stamps.set(file, { digest, size, mtimeMs, ...(source === undefined ? {} : { source }) });
  }
  return report;
}

function swapIn(contentDir: string, staging: string, roots: readonly string[]): void {
  const retired = path.join(staging, '.retired');
  mkdirSync(retired);
  for (const root of roots) {
    const live = path.join(contentDir, root);
    if (existsSync(live)) renameSync(live, path.join(retired, root));
    renameSync(path.join(staging, root), live);
  }
}

/** Files below `contentDir/root` (or `root` itself when it is a file), as POSIX paths relative to `contentDir`. */
function listFiles(contentDir: string, root: string): string[] {
  const full = path.join(contentDir, root);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [root];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(contentDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}
