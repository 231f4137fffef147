/**
 * Schemas of the published exports `/papers.json` and `/topics.json`
 * (documented in docs/EXPORTS.md). Version 1; a breaking change bumps `version`.
 */
import { z } from 'astro/zod';
import { keywordRefSchema, slugSchema } from '../schemas/paper-entry.ts';
import { keywordGraphSchema } from '../schemas/catalogue.ts';

/** Fields both exports start with. */
export const exportHeaderSchema = z.object({
  /** Format version of the export; 1. */
  version: z.literal(1),
  /** Ids of the dumps the catalogue was generated from, in order. */
  dumps: z.array(z.string().min(1)),
  /** Id of the newest dump, or null for an empty catalogue. */
  latestDump: z.string().min(1).nullable(),
  /** Topic quality figures of the catalogue. */
  quality: z.object({
    /** Number of topics. */
    topics: z.number().int().nonnegative(),
    /** Mean NPMI coherence of the topics' top-10 keyphrases. */
    meanNpmi: z.number(),
    /** Share of distinct phrases among all topics' top-10 lists. */
    diversity: z.number(),
  }),
});

/** One paper in `/papers.json`. */
export const paperExportSchema = z.object({
  /** Stable slug. */
  slug: slugSchema,
  /** Absolute URL of the paper page. */
  url: z.url(),
  /** Cleaned title, plain text. */
  title: z.string().min(1),
  /** Cleaned abstract, plain text (math as TeX source). */
  abstract: z.string(),
  /** The paper's topic. */
  topic: keywordRefSchema,
  /** Keyphrases, most relevant first. */
  keywords: z.array(keywordRefSchema),
  /** Related papers, most similar first, score in (0, 1]. */
  related: z.array(z.object({ slug: slugSchema, score: z.number().min(0).max(1) })),
  /** Code and project links found in the abstract. */
  codeLinks: z.array(z.url()),
  /** Ids of the dumps the paper appeared in, in dump order. */
  dumps: z.array(z.string().min(1)).min(1),
  /** Id of the dump where the paper was first seen. */
  firstSeen: z.string().min(1),
});

/** `/papers.json`: every paper, ordered by slug. */
export const papersExportSchema = exportHeaderSchema.extend({
  papers: z.array(paperExportSchema),
});

/** One topic in `/topics.json`. */
export const topicExportSchema = z.object({
  /** Stable slug. */
  slug: slugSchema,
  /** Absolute URL of the topic page. */
  url: z.url(),
  /** Short human label. */
  label: z.string().min(1),
  /** Top keyphrases, most distinctive first. */
  keywords: z.array(keywordRefSchema),
  /** Slugs of the topic's papers, in catalogue order. */
  papers: z.array(slugSchema),
  /** Number of papers. */
  size: z.number().int().nonnegative(),
  /** NPMI coherence of the top-10 keyphrases. */
  npmi: z.number(),
  /** True for the topic holding papers that fit nowhere else. */
  miscellany: z.boolean(),
  /** Slugs of the most related topics. */
  related: z.array(slugSchema),
  /** Co-keyword graph of the topic (no positions). */
  graph: keywordGraphSchema,
});

/** `/topics.json`: every topic, ordered by slug. */
export const topicsExportSchema = exportHeaderSchema.extend({
  topics: z.array(topicExportSchema),
});

export type ExportHeader = z.infer<typeof exportHeaderSchema>;
export type PaperExport = z.infer<typeof paperExportSchema>;
export type PapersExport = z.infer<typeof papersExportSchema>;
export type TopicExport = z.infer<typeof topicExportSchema>;
export type TopicsExport = z.infer<typeof topicsExportSchema>;
