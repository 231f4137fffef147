/**
 * The published catalogue (what `/papers.json` and `/topics.json` hold) read straight from
 * the pipeline's content folder, so the view files and the search index can be made while
 * `astro build` renders the pages, instead of after it. The same builders as the Astro
 * endpoints (src/lib/export-catalogue.ts) on the same content give the same data; the
 * post-build check compares the finished site against the content.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildPapersExport, buildTopicsExport, type ExportContext } from '../../../src/lib/export-catalogue.ts';
import type { PapersExport, TopicsExport } from '../../../src/lib/export-schema.ts';
import { readEntryFrontmatter } from '../../../src/lib/render-entry-body.ts';
import type { SiteAddress } from '../../../src/lib/site-address.ts';
import { overviewSchema, topicSchema } from '../../../src/schemas/catalogue.ts';
import { paperEntrySchema } from '../../../src/schemas/paper-entry.ts';

/** Entry files read at once. */
const READ_CONCURRENCY = 32;

/** Both exports of a catalogue. */
export interface CatalogueExports {
  papers: PapersExport;
  topics: TopicsExport;
}

/**
 * Reads `<content>/papers/**\/*.mdx` (frontmatter only) and `<content>/catalogue/{topics,overview}.json`
 * and builds both exports for a site at `address`.
 *
 * @throws {Error} When a file is missing or does not match its schema; the message names the file.
 */
export async function readCatalogueExports(contentDir: string, address: SiteAddress): Promise<CatalogueExports> {
  const catalogueDir = path.join(contentDir, 'catalogue');
  const [topics, overview, papers] = await Promise.all([
    readJson(path.join(catalogueDir, 'topics.json')).then((value) => arrayOf(value, 'topics.json').map((item) => topicSchema.parse(item))),
    readJson(path.join(catalogueDir, 'overview.json')).then((value) => {
      const items = arrayOf(value, 'overview.json');
      return overviewSchema.parse(items.find((item) => (item as { id?: unknown }).id === 'catalogue') ?? items[0]);
    }),
    readPaperEntries(path.join(contentDir, 'papers')),
  ]);
  const context: ExportContext = { ...address, dumps: overview.dumps, latestDump: overview.latestDump, quality: overview.quality };
  return { papers: buildPapersExport(papers, topics, context), topics: buildTopicsExport(topics, context) };
}

async function readPaperEntries(papersDir: string) {
  let names: string[];
  try {
    names = (await readdir(papersDir, { recursive: true })).filter((name) => name.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
  const entries = new Array<ReturnType<typeof paperEntrySchema.parse>>(names.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < names.length; i = next++) {
      const file = path.join(papersDir, names[i]!);
      const parsed = paperEntrySchema.safeParse(readEntryFrontmatter(await readFile(file, 'utf8'), file));
      if (!parsed.success) throw new Error(`Cannot read the catalogue: ${file} does not match the paper entry schema: ${parsed.error.message}`);
      entries[i] = parsed.data;
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  return entries;
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the catalogue: expected ${file}, got none; run \`npm run pipeline\``, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`Cannot read the catalogue: ${file} is not valid JSON`, { cause: error });
  }
}

function arrayOf(value: unknown, name: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`Cannot read the catalogue: expected ${name} to hold an array, got ${typeof value}`);
  return value;
}
