import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { paperEntriesLoader } from './loaders/paper-entries-loader-fs.ts';
import { paperEntrySchema } from './schemas/paper-entry.ts';
import { dumpSummarySchema, keywordSchema, overviewSchema, topicSchema } from './schemas/catalogue.ts';

/** One entry per paper, from the generated `content/papers/<topic>/<slug>.mdx` files. */
const papers = defineCollection({
  loader: paperEntriesLoader({ base: 'content/papers' }),
  schema: paperEntrySchema,
});

const topics = defineCollection({ loader: file('content/catalogue/topics.json'), schema: topicSchema });
const keywords = defineCollection({ loader: file('content/catalogue/keywords.json'), schema: keywordSchema });
const dumps = defineCollection({ loader: file('content/catalogue/dumps.json'), schema: dumpSummarySchema });
const overview = defineCollection({ loader: file('content/catalogue/overview.json'), schema: overviewSchema });

export const collections = { papers, topics, keywords, dumps, overview };
