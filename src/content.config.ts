import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { paperEntriesLoader } from './loaders/paper-entries-loader-fs.ts';
import { paperEntrySchema } from './schemas/paper-entry.ts';
import { dumpSummarySchema, keywordSchema, overviewSchema, topicSchema } from './schemas/catalogue.ts';

/**
 * Folder the pipeline wrote (default `content`). Tests and the benchmark build
 * other catalogues by pointing `ATLAS_CONTENT_DIR` at their own folder.
 */
const contentDir = (process.env.ATLAS_CONTENT_DIR || 'content').replace(/\/+$/, '');

/** One entry per paper, from the generated `<content>/papers/<topic>/<slug>.mdx` files. */
const papers = defineCollection({
  loader: paperEntriesLoader({ base: `${contentDir}/papers` }),
  schema: paperEntrySchema,
});
/** Topics with labels, keyphrases, quality and graphs. */
const topics = defineCollection({ loader: file(`${contentDir}/catalogue/topics.json`), schema: topicSchema });
/** Keywords with their papers and co-occurring keywords. */
const keywords = defineCollection({ loader: file(`${contentDir}/catalogue/keywords.json`), schema: keywordSchema });
/** What each dump added. */
const dumps = defineCollection({ loader: file(`${contentDir}/catalogue/dumps.json`), schema: dumpSummarySchema });
/** One entry (`catalogue`): counts, dumps, quality and the whole-catalogue graph. */
const overview = defineCollection({ loader: file(`${contentDir}/catalogue/overview.json`), schema: overviewSchema });

// Old URLs (`redirects.json`) are read by `src/lib/read-redirects-fs.ts`, not as a collection:
// usually there are none, and Astro warns about an empty collection on every build.

export const collections = { papers, topics, keywords, dumps, overview };
