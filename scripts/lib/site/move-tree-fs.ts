/**
 * Moves a staged folder tree into the built site: a folder the site lacks moves whole
 * (one rename), a folder both have is merged entry by entry, and the staging folder is
 * removed. Same file system, so nothing is copied.
 */
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Moves everything under `from` into `to`.
 *
 * @throws {Error} When a staged file would replace a file the site already has (two steps
 *   writing the same URL); the message names the file.
 */
export async function moveTreeInto(from: string, to: string): Promise<void> {
  await mergeFolder(from, to);
  await rm(from, { recursive: true, force: true });
}

async function mergeFolder(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    const existing = await stat(target).catch(() => undefined);
    if (!existing) await rename(source, target);
    else if (entry.isDirectory() && existing.isDirectory()) await mergeFolder(source, target);
    else throw new Error(`Cannot finish the site: ${target} was built twice (by astro build and by the view files or search index)`);
  }
}
