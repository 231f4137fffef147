/**
 * Writes the topic and keyword view files (`papers.csv`, `papers.jsonl`, `feed.xml`) of a
 * catalogue (src/lib/view-files.ts makes them; this module only writes).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteAddress } from '../../../src/lib/site-address.ts';
import { viewFiles } from '../../../src/lib/view-files.ts';
import type { CatalogueExports } from '../site/read-catalogue-exports-fs.ts';

/** Files written at once. */
const WRITE_CONCURRENCY = 16;

/** What {@link writeViewFiles} wrote. */
export interface ViewFilesSummary {
  files: number;
  bytes: number;
}

/**
 * Writes every view file of a catalogue under `outDir` (the site root or a staging folder).
 *
 * @param outDir Folder that stands for the site root.
 * @param exports The published catalogue (site/read-catalogue-exports-fs.ts).
 * @param address The site's URL and base; those of the exports' URLs.
 */
export async function writeViewFiles(outDir: string, exports: CatalogueExports, address: SiteAddress): Promise<ViewFilesSummary> {
  const files = viewFiles({ papers: exports.papers.papers, topics: exports.topics.topics, dumps: exports.papers.dumps, ...address });
  // One mkdir per folder; every writer into it waits for that one.
  const folders = new Map<string, Promise<unknown>>();
  let count = 0;
  let bytes = 0;
  const worker = async () => {
    for (let next = files.next(); !next.done; next = files.next()) {
      const file = path.join(outDir, next.value.path);
      const folder = path.dirname(file);
      let made = folders.get(folder);
      if (!made) {
        made = mkdir(folder, { recursive: true });
        folders.set(folder, made);
      }
      await made;
      const data = Buffer.from(next.value.body);
      await writeFile(file, data);
      count++;
      bytes += data.length;
    }
  };
  await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, worker));
  return { files: count, bytes };
}
