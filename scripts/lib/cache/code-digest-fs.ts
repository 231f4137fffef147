import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A digest of the code a cached result depends on: every file under `folders` (recursively,
 * in sorted order, by relative path and contents) and each of `files`. A cache salted with it
 * is invalidated by any change to that code or to the locked dependencies.
 *
 * @param root Folder the paths are relative to.
 * @throws {Error} When a folder or file cannot be read.
 */
export function codeDigest(root: string, folders: readonly string[], files: readonly string[] = []): string {
  const hash = createHash('sha256');
  const add = (relative: string) => {
    const text = readFileSync(path.join(root, relative));
    hash.update(`${relative}\0${text.length}\0`);
    hash.update(text);
  };
  for (const folder of folders) {
    const entries = readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort();
    for (const relative of entries) add(relative);
  }
  for (const relative of files) add(relative);
  return hash.digest('hex');
}
