import { z } from 'astro/zod';
import { keywordRefSchema, slugSchema } from './paper-entry.ts';

/** A node of a co-keyword graph: a keyword and how many papers in scope carry it. */
export const graphNodeSchema = z.object({
  /** Keyword slug. */
  id: slugSchema,
  /** Keyword display form. */
  label: z.string(),
  /** Papers in scope carrying the keyword. */
  papers: z.number().int().nonnegative(),
});

/** An edge between two keywords that appear in the same papers. */
export const graphEdgeSchema = z.object({
  /** Keyword slug of one end. */
  source: slugSchema,
  /** Keyword slug of the other end. */
  target: slugSchema,
  /** Papers in scope carrying both keywords. */
  papers: z.number().int().nonnegative(),
  /** Layout and stroke weight. */
  weight: z.number(),
});

/** A keyword co-occurrence graph (its positions are in the `graphLayout` published next to it). */
export const keywordGraphSchema = z.object({
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
});

/** Where a node's label is drawn (an SVG `<text>` with `dominant-baseline: central`). */
export const labelPlacementSchema = z.object({
  /** Text drawn; ends with `…` when shortened. */
  text: z.string(),
  /** Side of the node the label sits on. */
  side: z.enum(['right', 'left', 'above', 'below']),
  /** Anchor point of the text. */
  x: z.number(),
  y: z.number(),
  /** SVG `text-anchor` for `x`. */
  anchor: z.enum(['start', 'end', 'middle']),
});

/** A graph node with its place in the drawing. */
export const laidOutNodeSchema = graphNodeSchema.extend({
  /** Centre, in viewbox units. */
  x: z.number(),
  y: z.number(),
  /** Radius, by paper count. */
  r: z.number().nonnegative(),
  /** Where its label is drawn, or `null` when no label fits (the node keeps its accessible name). */
  labelPlacement: labelPlacementSchema.nullable(),
});

/** A graph edge with both ends' positions. */
export const laidOutEdgeSchema = graphEdgeSchema.extend({
  /** One end (`source`), in viewbox units. */
  x1: z.number(),
  y1: z.number(),
  /** The other end (`target`). */
  x2: z.number(),
  y2: z.number(),
  /** Stroke width, by weight. */
  width: z.number().nonnegative(),
});

/**
 * A co-keyword graph laid out by the pipeline (`layoutGraph` in
 * `scripts/lib/layout/graph-layout.ts`): what the page draws, as it is.
 */
export const laidOutGraphSchema = z.object({
  /** Viewbox size in SVG user units. */
  width: z.number().positive(),
  height: z.number().positive(),
  /** Font size of the labels, in viewbox units (the label placement assumed it). */
  fontSize: z.number().positive(),
  /** Nodes in drawing order (most papers first). */
  nodes: z.array(laidOutNodeSchema),
  /** Edges, heaviest first. */
  edges: z.array(laidOutEdgeSchema),
});

/** One topic, as written to `content/catalogue/topics.json`. */
export const topicSchema = z.object({
  /** Stable slug; the page `/topics/<slug>/`. */
  slug: slugSchema,
  /** Short human label. */
  label: z.string().min(1),
  /** Top keyphrases, most distinctive first. */
  keywords: z.array(keywordRefSchema),
  /** Slugs of the topic's papers. */
  papers: z.array(slugSchema),
  /** NPMI coherence of the top-10 keyphrases. */
  npmi: z.number(),
  /** Slugs of the most related topics. */
  related: z.array(slugSchema),
  /** True for the topic holding papers that fit nowhere else. */
  miscellany: z.boolean(),
  /** Co-keyword graph of the topic. */
  graph: keywordGraphSchema,
  /** `graph` laid out for the topic page. */
  graphLayout: laidOutGraphSchema,
});

/** One keyword, as written to `content/catalogue/keywords.json`. */
export const keywordSchema = z.object({
  /** Stable slug; the page `/keywords/<slug>/`. */
  slug: slugSchema,
  /** Display form. */
  label: z.string().min(1),
  /** Slugs of the papers carrying the keyword. */
  papers: z.array(slugSchema),
  /** Keywords it co-occurs with most, strongest first. */
  cooccurring: z.array(keywordRefSchema),
});

/** A diagnostic as published in dump summaries. */
export const diagnosticSchema = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
});

/** What one dump added, as written to `content/catalogue/dumps.json`. */
export const dumpSummarySchema = z.object({
  /** Dump id: its file name without `.txt`. */
  id: z.string().min(1),
  /** File name under `content/dumps/`. */
  file: z.string().min(1),
  /** Records parsed from the dump. */
  records: z.number().int().nonnegative(),
  /** Slugs of papers first seen in this dump. */
  newPapers: z.array(slugSchema),
  /** Records merged into an already known paper. */
  duplicates: z.number().int().nonnegative(),
  /** Lines or records skipped, with reasons. */
  skipped: z.array(diagnosticSchema),
});

/** Catalogue-wide figures, as written to `content/catalogue/overview.json`. */
export const overviewSchema = z.object({
  /** Number of distinct papers. */
  papers: z.number().int().nonnegative(),
  /** Number of topics. */
  topics: z.number().int().nonnegative(),
  /** Number of keywords. */
  keywords: z.number().int().nonnegative(),
  /** Dump ids in order. */
  dumps: z.array(z.string()),
  /** Id of the latest dump (the last in file-name order). */
  latestDump: z.string().nullable(),
  /** Topic quality figures. */
  quality: z.object({ topics: z.number(), meanNpmi: z.number(), diversity: z.number() }),
  /** Co-keyword graph of the whole catalogue. */
  graph: keywordGraphSchema,
  /** `graph` laid out for the home page. */
  graphLayout: laidOutGraphSchema,
});

/** A topic as published. */
export type TopicData = z.infer<typeof topicSchema>;
/** A keyword as published. */
export type KeywordData = z.infer<typeof keywordSchema>;
/** A dump summary as published. */
export type DumpData = z.infer<typeof dumpSummarySchema>;
/** Catalogue-wide figures. */
export type OverviewData = z.infer<typeof overviewSchema>;
