import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SlugRegistry } from '../dedupe/assign-slugs.ts';
import type { PreviousAssignment, TopicSeed } from '../enrich/enrich-catalogue.ts';
import type { PublishedSite, Redirect } from '../redirects/update-redirects.ts';
import { BASIS_FILE, CATALOGUE_DIR, CURATION_FILE, REDIRECTS_FILE, SLUG_REGISTRY_FILE } from './catalogue-files.ts';

/** What the previous build published and the next one must keep. */
export interface CatalogueState {
  /** Published paper slugs. */
  registry: SlugRegistry;
  /** Published topics, so papers keep their topics; undefined on a first build. */
  previous: PreviousAssignment | undefined;
  /** The dumps and topics of the basis the last build was enriched against (`content/basis.json`); undefined before the first. */
  lastBasis?: { dumps: string[]; seed: TopicSeed };
  /** Published topics and keywords with their papers, so gone pages get redirects; undefined on a first build. */
  published?: PublishedSite;
  /** Redirects kept by the previous build (`content/redirects.json`). */
  redirects?: Redirect[];
  /** Text of `content/curation.yaml`; undefined when there is none. */
  curation?: string;
}

/**
 * Reads the slug registry and the previous topics from `content/`.
 *
 * A missing file means a first build. A file that exists but cannot be read
 * as expected throws: building on without it would change published URLs.
 *
 * @param contentDir The `content/` folder.
 */
export function readCatalogueState(contentDir: string): CatalogueState {
  const registry = readJson(path.join(contentDir, SLUG_REGISTRY_FILE), isSlugRegistry, 'an object of slug strings');
  const topics = readJson(path.join(contentDir, CATALOGUE_DIR, 'topics.json'), isTopicList, 'an array of topics');
  const keywords = readJson(path.join(contentDir, CATALOGUE_DIR, 'keywords.json'), isTopicList, 'an array of keywords');
  const redirects = readJson(path.join(contentDir, REDIRECTS_FILE), isRedirectList, 'an array of redirects');
  const basis = readJson(path.join(contentDir, BASIS_FILE), isBasisRecord, 'an object with `dumps` and `topics`');
  const curationFile = path.join(contentDir, CURATION_FILE);
  const slim = (list: PublishedTopic[]) => list.map(({ slug, label, papers }) => ({ slug, label, papers }));
  return {
    registry: registry ?? {},
    previous: topics && { topics: slim(topics) },
    lastBasis: basis && { dumps: basis.dumps, seed: { topics: slim(basis.topics) } },
    published: topics && { topics: slim(topics), keywords: slim(keywords ?? []) },
    redirects: (redirects ?? []).map(({ from, to, kind, papers }) => ({ from, to, kind, papers })),
    curation: existsSync(curationFile) ? readFileSync(curationFile, 'utf8') : undefined,
  };
}

interface PublishedTopic {
  slug: string;
  label: string;
  papers: string[];
}

function readJson<T>(file: string, isValid: (value: unknown) => value is T, expected: string): T | undefined {
  if (!existsSync(file)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${file}: expected JSON, got a parse error; restore it from git`, { cause: error });
  }
  if (!isValid(value)) throw new Error(`Cannot read ${file}: expected ${expected}; restore it from git`);
  return value;
}

function isSlugRegistry(value: unknown): value is SlugRegistry {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((slug) => typeof slug === 'string');
}

function isRedirectList(value: unknown): value is Redirect[] {
  return (
    Array.isArray(value) &&
    value.every(
      (redirect) =>
        typeof redirect?.from === 'string' &&
        typeof redirect?.to === 'string' &&
        ['topic', 'keyword', 'paper'].includes(redirect?.kind) &&
        typeof redirect?.papers === 'number',
    )
  );
}

function isBasisRecord(value: unknown): value is { dumps: string[]; topics: PublishedTopic[] } {
  const record = value as { dumps?: unknown; topics?: unknown } | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    Array.isArray(record.dumps) &&
    record.dumps.every((dump) => typeof dump === 'string') &&
    isTopicList(record.topics)
  );
}

function isTopicList(value: unknown): value is PublishedTopic[] {
  return (
    Array.isArray(value) &&
    value.every(
      (topic) =>
        typeof topic?.slug === 'string' &&
        typeof topic?.label === 'string' &&
        Array.isArray(topic?.papers) &&
        topic.papers.every((slug: unknown) => typeof slug === 'string'),
    )
  );
}
