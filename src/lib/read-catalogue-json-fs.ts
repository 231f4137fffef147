/**
 * The catalogue files beside the paper entries (`<content>/catalogue/topics.json`,
 * `keywords.json`, `dumps.json`, `overview.json`), read and checked against the catalogue schemas.
 *
 * Read directly rather than as content collections: as `file()` collections Astro validated and
 * digested every entry in the content sync, serialised them into its store (`data-store.json`),
 * bundled the store as one module and parsed it back for the pages, all on the build's critical
 * path; at 10,000 papers they were 20 of the store's 51 MB of data (9 of the 33.5 MB
 * `data-store.json`). The pages (`loadCatalogue()`) and the site build's data files
 * (`scripts/lib/site/read-site-catalogue-fs.ts`) both read them here, with the same schemas and
 * the same errors.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import {
  dumpSummarySchema,
  keywordSchema,
  overviewSchema,
  topicSchema,
  type DumpData,
  type KeywordData,
  type OverviewData,
  type TopicData,
} from '../schemas/catalogue.ts';

/** The catalogue files, each in its file's order. */
export interface CatalogueJson {
  /** `topics.json`. */
  topics: TopicData[];
  /** `keywords.json`. */
  keywords: KeywordData[];
  /** `dumps.json`. */
  dumps: DumpData[];
  /** The item `catalogue` of `overview.json` (its first item when none has that id). */
  overview: OverviewData;
}

/** The files {@link readCatalogueJson} reads, under `<content>/catalogue/`. */
export const CATALOGUE_JSON_FILES = ['topics.json', 'keywords.json', 'dumps.json', 'overview.json'] as const;

/**
 * Reads and validates the four catalogue files of a content folder.
 *
 * @param contentDir The content folder (the pipeline's output; absolute, or relative to the
 *   working folder).
 * @throws {Error} Naming the file — and the item, by index and slug or id — when a file is
 *   missing, is not JSON, does not hold a list, holds an item that does not match its schema or
 *   two items with the same slug (id for dumps), or when `overview.json` is empty.
 */
export async function readCatalogueJson(contentDir: string): Promise<CatalogueJson> {
  const fileOf = (name: (typeof CATALOGUE_JSON_FILES)[number]) => path.join(contentDir, 'catalogue', name);
  const [topics, keywords, dumps, overviews] = await Promise.all([
    readItems(fileOf('topics.json'), topicSchema, (topic) => topic.slug),
    readItems(fileOf('keywords.json'), keywordSchema, (keyword) => keyword.slug),
    readItems(fileOf('dumps.json'), dumpSummarySchema, (dump) => dump.id),
    readItems(fileOf('overview.json'), overviewSchema),
  ]);
  // The pipeline writes one overview item with the id `catalogue` (the id the `file()` collection needed).
  const overview = overviews.items[Math.max(0, overviews.ids.indexOf('catalogue'))];
  if (!overview) {
    throw new Error(`Cannot read the catalogue: expected an item in ${fileOf('overview.json')}, got none; run \`npm run pipeline\``);
  }
  return { topics: topics.items, keywords: keywords.items, dumps: dumps.items, overview };
}

/**
 * A value that changes when any catalogue file of the content folder changes (its inode, size or
 * modification time), so a long-running process (`astro dev`) can tell when to read them again.
 *
 * @param contentDir The content folder.
 */
export async function catalogueJsonStamp(contentDir: string): Promise<string> {
  const stamps = await Promise.all(
    CATALOGUE_JSON_FILES.map(async (name) => {
      try {
        const { ino, size, mtimeMs } = await stat(path.join(contentDir, 'catalogue', name));
        return `${ino}:${size}:${mtimeMs}`;
      } catch {
        // A missing file is a state too: reading it reports the error.
        return 'missing';
      }
    }),
  );
  return stamps.join('|');
}

/** The validated items of one file, with the `id` each raw item had (the overview is picked by it). */
async function readItems<T>(file: string, schema: z.ZodType<T>, keyOf?: (item: T) => string): Promise<{ items: T[]; ids: unknown[] }> {
  const raw = await readJsonList(file);
  const items = new Array<T>(raw.length);
  const seen = new Map<string, number>();
  for (const [index, value] of raw.entries()) {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const [issue, ...more] = parsed.error.issues;
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      const rest = more.length > 0 ? ` (and ${more.length} more ${more.length === 1 ? 'issue' : 'issues'})` : '';
      throw new Error(`Cannot read the catalogue: ${file}: ${nameOf(value, index)} does not match its schema: ${where}${issue?.message ?? 'invalid'}${rest}`, {
        cause: parsed.error,
      });
    }
    items[index] = parsed.data;
    if (!keyOf) continue;
    const key = keyOf(parsed.data);
    const first = seen.get(key);
    if (first !== undefined) {
      throw new Error(`Cannot read the catalogue: ${file}: ${nameOf(value, index)}: expected a unique key, got "${key}" again (item ${first})`);
    }
    seen.set(key, index);
  }
  return { items, ids: raw.map((value) => (isRecord(value) ? value.id : undefined)) };
}

async function readJsonList(file: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the catalogue: expected ${file}, got none; run \`npm run pipeline\``, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Cannot read the catalogue: expected JSON in ${file}, got ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(json)) {
    throw new Error(`Cannot read the catalogue: expected ${file} to hold a list, got ${json === null ? 'null' : typeof json}`);
  }
  return json;
}

/** `item 3 ("slug")`: an item's index, and its slug or id when it has one. */
function nameOf(value: unknown, index: number): string {
  const key = isRecord(value) ? (typeof value.slug === 'string' ? value.slug : value.id) : undefined;
  return typeof key === 'string' ? `item ${index} ("${key}")` : `item ${index}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
