/**
 * Writes the topic and keyword view files (`papers.csv`, `papers.jsonl`, `feed.xml`) into a
 * built site, from the site's own `/papers.json` and `/topics.json` (src/lib/view-files.ts
 * makes them; this module only reads and writes).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PapersExport, TopicsExport } from '../../../src/lib/export-schema.ts';
import { absoluteUrl } from '../../../src/lib/export-urls.ts';
import { paperPath } from '../../../src/lib/routes.ts';
import type { SiteAddress } from '../../../src/lib/site-address.ts';
import { viewFiles } from '../../../src/lib/view-files.ts';

/** Files written at once. */
const WRITE_CONCURRENCY = 16;

/** What {@link writeViewFiles} wrote. */
export interface ViewFilesSummary {
  files: number;
  bytes: number;
}

/**
 * Writes every view file of a built site.
 *
 * @param siteDir The built site, e.g. `dist`.
 * @param address The site's URL and base; must be the ones the site was built with.
 * @throws {Error} When the exports are missing, unreadable, or carry URLs of another address.
 */
export async function writeViewFiles(siteDir: string, address: SiteAddress): Promise<ViewFilesSummary> {
  const site = path.resolve(siteDir);
  const [papers, topics] = await Promise.all([
    readExport<PapersExport>(path.join(site, 'papers.json')),
    readExport<TopicsExport>(path.join(site, 'topics.json')),
  ]);
  const first = papers.papers[0];
  if (first && first.url !== absoluteUrl(address.site, address.base, paperPath(first.slug))) {
    throw new Error(
      `Cannot write view files: papers.json has ${first.url}, expected ${absoluteUrl(address.site, address.base, paperPath(first.slug))}; ` +
        'run with the SITE_URL and BASE_PATH the site was built with',
    );
  }
  const files = viewFiles({ papers: papers.papers, topics: topics.topics, dumps: papers.dumps, ...address });
  // One mkdir per folder; every writer into it waits for that one.
  const folders = new Map<string, Promise<unknown>>();
  let count = 0;
  let bytes = 0;
  const worker = async () => {
    for (let next = files.next(); !next.done; next = files.next()) {
      const file = path.join(site, next.value.path);
      const folder = path.dirname(file);
      let made = folders.get(folder);
      if (!made) {
        made = mkdir(folder, { recursive: true });
        folders.set(folder, made);
      }
      await made;
      await writeFile(file, next.value.body);
      count++;
      bytes += Buffer.byteLength(next.value.body);
    }
  };
  await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, worker));
  return { files: count, bytes };
}

async function readExport<T>(file: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot write view files: expected ${file}, got none; run \`astro build\` first`, { cause: error });
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`Cannot write view files: ${file} is not valid JSON`, { cause: error });
  }
}
