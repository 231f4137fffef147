import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { DumpData, KeywordData, OverviewData, TopicData } from '../schemas/catalogue.ts';
import { contentDirOf } from './content-dir.ts';
import { indexBy } from './index-by.ts';
import { catalogueJsonStamp, readCatalogueJson } from './read-catalogue-json-fs.ts';

export type { DumpData, KeywordData, OverviewData, TopicData };

/** Paper entry with its rendered body. */
export type PaperEntry = CollectionEntry<'papers'>;

/** Every part of the catalogue, indexed by slug or id. */
export interface Catalogue {
  papers: Map<string, PaperEntry>;
  topics: Map<string, TopicData>;
  keywords: Map<string, KeywordData>;
  dumps: Map<string, DumpData>;
  overview: OverviewData;
}

let loaded: { stamp: string | undefined; catalogue: Promise<Catalogue> } | undefined;

/**
 * The whole catalogue, read once per build and indexed, so that each of many thousand pages
 * looks things up in O(1) instead of scanning: the paper entries from the `papers` collection,
 * topics, keywords, dumps and the overview from `<content>/catalogue/*.json`
 * ({@link readCatalogueJson}; not collections, see there), the content folder resolved against
 * the project root as `src/content.config.ts` resolves it.
 *
 * Under `astro dev` the JSON files are read again whenever one of them has changed (a re-run
 * pipeline shows on the next page load); paper entries change only with a content sync.
 *
 * @throws {Error} Naming the file, when a catalogue file is missing or does not match its schema.
 */
export async function loadCatalogue(): Promise<Catalogue> {
  const contentDir = fileURLToPath(new URL(`${contentDirOf(process.env)}/`, root));
  if (import.meta.env.DEV) {
    const stamp = await catalogueJsonStamp(contentDir);
    if (loaded?.stamp !== stamp) loaded = { stamp, catalogue: readCatalogue(contentDir) };
  }
  loaded ??= { stamp: undefined, catalogue: readCatalogue(contentDir) };
  return loaded.catalogue;
}

async function readCatalogue(contentDir: string): Promise<Catalogue> {
  const [papers, { topics, keywords, dumps, overview }] = await Promise.all([getCollection('papers'), readCatalogueJson(contentDir)]);
  return {
    papers: indexBy(papers, (entry) => entry.id),
    topics: indexBy(topics, (topic) => topic.slug),
    keywords: indexBy(keywords, (keyword) => keyword.slug),
    dumps: indexBy(dumps, (dump) => dump.id),
    overview,
  };
}
