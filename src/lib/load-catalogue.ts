import { getCollection, type CollectionEntry } from 'astro:content';
import { indexBy } from './index-by.ts';

/** Paper entry with its rendered body. */
export type PaperEntry = CollectionEntry<'papers'>;
/** A topic as published. */
export type TopicData = CollectionEntry<'topics'>['data'];
/** A keyword as published. */
export type KeywordData = CollectionEntry<'keywords'>['data'];
/** A dump summary as published. */
export type DumpData = CollectionEntry<'dumps'>['data'];
/** Catalogue-wide figures. */
export type OverviewData = CollectionEntry<'overview'>['data'];

/** Every collection of the catalogue, indexed by slug or id. */
export interface Catalogue {
  papers: Map<string, PaperEntry>;
  topics: Map<string, TopicData>;
  keywords: Map<string, KeywordData>;
  dumps: Map<string, DumpData>;
  overview: OverviewData;
}

let loaded: Promise<Catalogue> | undefined;

/**
 * The whole catalogue, read from the content collections once per build and indexed,
 * so that each of many thousand pages looks things up in O(1) instead of scanning.
 *
 * @throws {Error} When the `overview` collection has no `catalogue` entry (run the pipeline).
 */
export function loadCatalogue(): Promise<Catalogue> {
  loaded ??= readCatalogue();
  return loaded;
}

async function readCatalogue(): Promise<Catalogue> {
  const [papers, topics, keywords, dumps, overview] = await Promise.all([
    getCollection('papers'),
    getCollection('topics'),
    getCollection('keywords'),
    getCollection('dumps'),
    getCollection('overview'),
  ]);
  const catalogue = overview.find((entry) => entry.id === 'catalogue') ?? overview[0];
  if (!catalogue) {
    throw new Error('Cannot build pages: expected an overview entry `catalogue`, got none; run `npm run pipeline`');
  }
  return {
    papers: indexBy(papers, (entry) => entry.id),
    topics: indexBy(
      topics.map((entry) => entry.data),
      (topic) => topic.slug,
    ),
    keywords: indexBy(
      keywords.map((entry) => entry.data),
      (keyword) => keyword.slug,
    ),
    dumps: indexBy(
      dumps.map((entry) => entry.data),
      (dump) => dump.id,
    ),
    overview: catalogue.data,
  };
}
