import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What {@link writeContent} changed (or, with `dryRun`, would change). */
export interface WriteReport {
  /** Files created or rewritten because their text changed. */
  written: string[];
  /** Files whose text was already identical (kept as they are, not rewritten). */
  unchanged: number;
  /** Files removed because the catalogue no longer has them. */
  removed: string[];
}

/** Options of {@link writeContent}. */
export interface WriteOptions {
  /** Only compute the report; touch nothing. */
  dryRun?: boolean;
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
 * @param files Map from path relative to `contentDir` (POSIX separators) to text.
 */
export function writeContent(contentDir: string, files: ReadonlyMap<string, string>, options: WriteOptions = {}): WriteReport {
  const roots = [...new Set([...files.keys()].map((file) => file.split('/')[0] as string))].sort();
  const existing = new Set(roots.flatMap((root) => listFiles(contentDir, root)));
  const report: WriteReport = { written: [], unchanged: 0, removed: [] };
  for (const [file, text] of files) {
    if (existing.has(file) && readFileSync(path.join(contentDir, file), 'utf8') === text) report.unchanged += 1;
    else report.written.push(file);
  }
  report.removed = [...existing].filter((file) => !files.has(file)).sort();
  report.written.sort();
  if (options.dryRun || (report.written.length === 0 && report.removed.length === 0)) return report;

  const staging = path.join(contentDir, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    const changed = new Set(report.written);
    for (const [file, text] of files) {
      const target = path.join(staging, file);
      mkdirSync(path.dirname(target), { recursive: true });
      if (changed.has(file)) writeFileSync(target, text);
      else linkSync(path.join(contentDir, file), target);
    }
    swapIn(contentDir, staging, roots);
  } finally {
    rmSync(staging, { recursive: true, force: true });
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
