/**
 * Rebuilding a site in its own output folder instead of a new one. Every writer (astro's pages,
 * the data files, the search bundle) writes over the file it wrote last time, and afterwards
 * every file this build did not write is removed: what is left is exactly what a build into an
 * empty folder makes (tests/e2e/rebuild-cache.test.ts compares the two byte for byte).
 *
 * Why not a fresh folder: on ext4 without a journal (this machine's disk, and a common VM
 * setup), a file created within minutes of a mass deletion is slow to create — the kernel skips
 * recently deleted inodes one by one (`recently_deleted()` in fs/ext4/ialloc.c; up to 6 min while
 * their inode table block is dirty). Removing the previous 55k-file site while writing the new
 * one put 22 % of all CPU samples into that scan (perf, docs/PERFORMANCE.md). Writing over a
 * file keeps its inode, so a rebuild allocates inodes only for new files and deletes only files
 * that are gone.
 *
 * "Written by this build" is read from the modification time: a marker file is written first,
 * and a file whose modification time is older than the marker's was not written since. Both
 * times come from the same (kernel) clock. Only files that were there when the build started
 * can be stale, so those are listed at the start (while astro starts up) and only they are
 * examined at the end. Synchronous on purpose: at the end nothing else is running, and the
 * synchronous calls took 1.1 s against 2.4 s with promises for a 10k-paper site's 56k files here.
 */
import { lstatSync, mkdirSync, readdirSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Name of the marker file, removed by {@link sweepStaleOutput}. */
export const BUILD_MARKER = '.atlas-build-started';

/** The start of a build in an output folder, as {@link markBuildStart} recorded it. */
export interface BuildStart {
  outDir: string;
  /** Modification time of the marker file, in nanoseconds. */
  sinceNs: bigint;
}

/** What was in the output folder when the build started ({@link listPreviousOutput}). */
export interface PreviousOutput {
  /** Files (and links), the marker excepted. */
  files: string[];
  /** Folders, deepest first. */
  folders: string[];
  /** The folders of {@link folders} that were empty. */
  emptyFolders: Set<string>;
}

/** What {@link sweepStaleOutput} removed. */
export interface SweepSummary {
  files: number;
  folders: number;
}

/** Creates `outDir` if needed and writes the marker that later writes are newer than. */
export function markBuildStart(outDir: string): BuildStart {
  mkdirSync(outDir, { recursive: true });
  const marker = path.join(outDir, BUILD_MARKER);
  writeFileSync(marker, '');
  return { outDir, sinceNs: lstatSync(marker, { bigint: true }).mtimeNs };
}

/** Lists the output folder as the previous build left it (call it right after {@link markBuildStart}). */
export function listPreviousOutput(start: BuildStart): PreviousOutput {
  const marker = path.join(start.outDir, BUILD_MARKER);
  const entries = readdirSync(start.outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => !entry.isDirectory()).map((entry) => path.join(entry.parentPath, entry.name));
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => path.join(entry.parentPath, entry.name));
  const parents = new Set(entries.map((entry) => entry.parentPath));
  const emptyFolders = new Set(folders.filter((folder) => !parents.has(folder)));
  return { files: files.filter((file) => file !== marker), folders: deepestFirst(folders), emptyFolders };
}

/**
 * Removes every file of the previous output that this build did not write again (older than the
 * marker) and did not keep on purpose, then every folder of it left empty, then the marker.
 *
 * @param kept Files this build left as they were because they are still current (e.g. pages
 *   whose props did not change, see src/lib/page-reuse-fs.ts).
 */
export function sweepStaleOutput(start: BuildStart, previous: PreviousOutput, kept: ReadonlySet<string> = new Set()): SweepSummary {
  let files = 0;
  // Folders that may have been emptied: those a file was removed from, and their parents.
  const emptied = new Set<string>();
  for (const file of previous.files) {
    // Gone already: a writer replaced its folder by renaming (the search bundle is swapped in).
    if (kept.has(file)) continue;
    const stats = lstatSync(file, { bigint: true, throwIfNoEntry: false });
    if (stats === undefined || stats.mtimeNs >= start.sinceNs) continue;
    unlinkSync(file);
    files++;
    for (let folder = path.dirname(file); folder.startsWith(start.outDir + path.sep); folder = path.dirname(folder)) emptied.add(folder);
  }
  let folders = 0;
  for (const folder of previous.folders) {
    if (!emptied.has(folder) && !previous.emptyFolders.has(folder)) continue;
    if (lstatSync(folder, { throwIfNoEntry: false }) === undefined || readdirSync(folder).length > 0) continue;
    rmdirSync(folder);
    emptied.add(path.dirname(folder));
    folders++;
  }
  unlinkSync(path.join(start.outDir, BUILD_MARKER));
  return { files, folders };
}

function deepestFirst(folders: string[]): string[] {
  // Depth counted once per folder, not in every comparison (~140k folders at 100k papers).
  const depth = (folder: string) => folder.split(path.sep).length;
  return folders
    .map((folder) => ({ folder, depth: depth(folder) }))
    .sort((a, b) => b.depth - a.depth || (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0))
    .map(({ folder }) => folder);
}
