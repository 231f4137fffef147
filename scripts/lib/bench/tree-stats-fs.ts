import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Size of a folder's output and how much of it a stage wrote. */
export interface TreeStats {
  /** Bytes of all files. */
  bytes: number;
  files: number;
  /** Files modified at or after `sinceMs` (written by the stage; unchanged files keep their time). */
  written: number;
}

/**
 * Walks files under `root` (a file or folder; a missing path counts as empty).
 *
 * @param root Absolute path.
 * @param sinceMs Epoch milliseconds the stage started.
 * @param skip Top-level names under `root` to leave out (e.g. another stage's output).
 */
export function treeStats(root: string, sinceMs: number, skip: readonly string[] = []): TreeStats {
  const stats: TreeStats = { bytes: 0, files: 0, written: 0 };
  const visit = (file: string, depth: number): void => {
    let info;
    try {
      info = statSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new Error(`Cannot measure output: expected to stat ${file}`, { cause: error });
    }
    if (info.isDirectory()) {
      for (const name of readdirSync(file)) {
        if (depth === 0 && skip.includes(name)) continue;
        visit(path.join(file, name), depth + 1);
      }
      return;
    }
    stats.files += 1;
    stats.bytes += info.size;
    // Millisecond slack: some file systems round modification times.
    if (info.mtimeMs >= sinceMs - 1) stats.written += 1;
  };
  visit(root, 0);
  return stats;
}
