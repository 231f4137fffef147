/**
 * What the site check read from each search bundle, kept for the next build's check: the paper
 * slugs of its fragments and the digest of the documents it was made from (the search index
 * writer's part digest). A bundle whose documents have the same digest in the next build holds
 * the same pages, so its slugs are taken from here instead of unzipping its fragments again.
 * The record lives with the output digests (site/output-digests-fs.ts): it becomes the next
 * build's only when the whole build succeeded.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Not `.json`: the output digests' folder holds only writers' records under that extension. */
const RECORD_FILE = 'search-entries.record';

interface BundleRecord {
  digest: string;
  slugs: readonly string[];
}

/**
 * The slugs recorded by the last build of the bundles whose documents are unchanged.
 *
 * @param previousDir The last successful build's output digests folder.
 * @param digests This build's part digests, by folder (`pagefind/`, `pagefind-part-2/`…).
 * @returns Slugs by bundle folder name (`pagefind`, …); empty when there is no usable record.
 */
export function knownSearchEntries(previousDir: string, digests: Readonly<Record<string, string>>): Map<string, readonly string[]> {
  const known = new Map<string, readonly string[]>();
  const file = path.join(previousDir, RECORD_FILE);
  if (!existsSync(file)) return known;
  let record: unknown;
  try {
    record = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return known;
  }
  if (typeof record !== 'object' || record === null) return known;
  for (const [folder, digest] of Object.entries(digests)) {
    const bundle = (record as Record<string, unknown>)[folder];
    if (isBundleRecord(bundle) && bundle.digest === digest) known.set(folder.replace(/\/$/, ''), bundle.slugs);
  }
  return known;
}

/** Records the slugs read from each bundle (by folder name) with its documents' digest, for the next build. */
export function recordSearchEntries(nextDir: string, digests: Readonly<Record<string, string>>, bundles: ReadonlyMap<string, readonly string[]>): void {
  const record: Record<string, BundleRecord> = {};
  for (const [bundle, slugs] of bundles) {
    const digest = digests[`${bundle}/`];
    if (digest !== undefined) record[`${bundle}/`] = { digest, slugs };
  }
  writeFileSync(path.join(nextDir, RECORD_FILE), JSON.stringify(record));
}

function isBundleRecord(value: unknown): value is BundleRecord {
  const bundle = value as Partial<BundleRecord> | null;
  return typeof bundle === 'object' && bundle !== null && typeof bundle.digest === 'string' && Array.isArray(bundle.slugs) && bundle.slugs.every((slug) => typeof slug === 'string');
}
