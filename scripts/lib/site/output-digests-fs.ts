/**
 * What lets a rebuild leave unchanged output as it is. Each writer of the site — astro's pages
 * (src/lib/page-reuse-fs.ts), the data files (write-site-data-fs.ts) and the search bundles
 * (build-search-index-fs.ts) — records a digest of every file (or bundle folder) it is
 * responsible for, whether it wrote it or found it current and kept it. For each output folder,
 * under the cache folder, `current/` holds the last successful build's records; a build reads
 * them from `in-use/` (moved there at the start, so a build that fails leaves none behind and
 * the next one writes everything) and writes `next/`, which becomes `current/` once the whole
 * build succeeded.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { OutputDigests } from '../../../src/lib/output-digests-fs.ts';
import { codeDigest } from '../cache/code-digest-fs.ts';

/** Where one build reads and writes its output digests. */
export interface OutputDigestFolders {
  /** The last successful build's records (may not exist). */
  previous: string;
  /** This build's records. */
  next: string;
  /** Where the next build finds them. */
  current: string;
}

/**
 * Prepares the digest folders of `outDir` for a build: the last successful build's records are
 * moved to `previous`, and a failed build's leftovers are removed.
 *
 * @param cacheDir Astro's cache folder (`ATLAS_CACHE_DIR`, default `node_modules/.astro`).
 */
export function prepareOutputDigests(cacheDir: string, outDir: string): OutputDigestFolders {
  const base = path.join(cacheDir, 'atlas-output', createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16));
  const folders = { previous: path.join(base, 'in-use'), next: path.join(base, 'next'), current: path.join(base, 'current') };
  rmSync(folders.previous, { recursive: true, force: true });
  rmSync(folders.next, { recursive: true, force: true });
  if (existsSync(folders.current)) renameSync(folders.current, folders.previous);
  mkdirSync(folders.next, { recursive: true });
  return folders;
}

/** Makes this build's records the ones the next build reads (call when the whole build succeeded). */
export function keepOutputDigests(folders: OutputDigestFolders): void {
  rmSync(folders.current, { recursive: true, force: true });
  renameSync(folders.next, folders.current);
  rmSync(folders.previous, { recursive: true, force: true });
}

/** The outputs this build has records of, written or kept. */
export interface RecordedOutput {
  /** Every file under the output folder that a record names (directly or in a recorded folder). */
  files: Set<string>;
  /** How many records (files or folders) were kept from the last build, by writer. */
  kept: Map<string, number>;
}

/** The outputs this build recorded (see {@link RecordedOutput}), for the sweep to spare. */
export function recordedOutput(folders: OutputDigestFolders, outDir: string): RecordedOutput {
  const files = new Set<string>();
  const kept = new Map<string, number>();
  for (const name of readdirSync(folders.next).filter((file) => file.endsWith('.json'))) {
    const record = JSON.parse(readFileSync(path.join(folders.next, name), 'utf8')) as OutputDigests;
    const outputs = Object.keys(record.digests);
    for (const output of outputs) {
      const target = path.join(outDir, ...output.split('/'));
      if (!output.endsWith('/')) files.add(target);
      else if (existsSync(target)) for (const file of readdirSync(target, { recursive: true, withFileTypes: true })) if (!file.isDirectory()) files.add(path.join(file.parentPath, file.name));
    }
    kept.set(name.slice(0, -'.json'.length), outputs.length - record.written);
  }
  return { files, kept };
}

/**
 * A digest of everything a page depends on besides its props: the site's code and config, the
 * locked dependencies, and the address it is built for.
 *
 * @param root The project root.
 */
export function renderSalt(root: string, address: { site: string | undefined; base: string }): string {
  const code = codeDigest(root, ['src'], ['astro.config.mjs', 'package-lock.json', 'tsconfig.json']);
  return createHash('sha256').update(`${code}\0${address.site ?? ''}\0${address.base}`).digest('base64url');
}
