/**
 * The data model shared by every pipeline stage.
 *
 * Stages are pure: they take these values and return new ones plus a list of
 * {@link Diagnostic}s. Only `*-fs.ts` modules and the CLIs in `scripts/` touch
 * the file system, the clock or the console.
 */

/** How bad a diagnostic is: `error` makes the catalogue wrong, `warning` is reported and skipped. */
export type Severity = 'error' | 'warning' | 'info';

/** One thing the pipeline wants a maintainer to know, pinned to a file and line where possible. */
export interface Diagnostic {
  /** File name of the dump (or other input) the message is about, e.g. `000_feed.txt`. */
  file: string;
  /** 1-based line number in that file, when the message is about one line. */
  line?: number;
  severity: Severity;
  message: string;
}

/** A dump as read from disk: its name and undecoded bytes. */
export interface DumpFile {
  /** File name without folder, e.g. `000_204173092b44c16c.txt`. */
  name: string;
  bytes: Uint8Array;
}

/** A dump id is its file name without the `.txt` extension; it sorts like the file names. */
export type DumpId = string;

/** A title paired with its abstract, exactly as found in a dump (after decoding and chrome removal). */
export interface RawRecord {
  /** Dump id the record comes from. */
  dump: DumpId;
  /** 1-based line of the title in the dump file. */
  line: number;
  /** The title line, whitespace-trimmed, otherwise as in the dump. */
  title: string;
  /** The abstract line(s), joined with a space when an abstract was split over lines. */
  abstract: string;
}

/**
 * A run of cleaned inline content. A cleaned text is a list of these, so
 * emphasis and math survive without ever being written as markup strings.
 */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; value: string }
  /** TeX source of inline math, without delimiters. */
  | { type: 'math'; value: string };

/** A record after text cleaning: readable text plus the original. */
export interface CleanRecord {
  dump: DumpId;
  line: number;
  /** Cleaned title as plain text (LaTeX remnants repaired, math flattened to its TeX source). */
  title: string;
  /** Cleaned abstract as inline runs. */
  abstract: Inline[];
  /** Cleaned abstract as plain text (emphasis unwrapped, math as TeX source), for search and enrichment. */
  abstractText: string;
  /** Code and project links found in the abstract, in order of appearance, without duplicates. */
  codeLinks: string[];
  /** The record exactly as it was in the dump. */
  original: { title: string; abstract: string };
}

/** Where a paper was seen. */
export interface Occurrence {
  dump: DumpId;
  line: number;
}

/** One distinct paper, after deduplication across all dumps. */
export interface Paper {
  /** Identity key: the normalised title; two records with the same key are the same paper. */
  key: string;
  /** URL slug, ASCII, unique in the catalogue, never changed once published. */
  slug: string;
  title: string;
  abstract: Inline[];
  abstractText: string;
  codeLinks: string[];
  /** Dump ids the paper appeared in, in dump order, without duplicates. */
  dumps: DumpId[];
  /** The dump in which the paper was first seen. */
  firstSeen: DumpId;
  /** Every record that was merged into this paper. */
  occurrences: Occurrence[];
  /** The text of the first occurrence exactly as it was in the dump. */
  original: { title: string; abstract: string };
}

/** A keyword attached to a paper or topic. */
export interface KeywordRef {
  /** Stable URL slug of the keyword, e.g. `diffusion-models`. */
  slug: string;
  /** Display form, the most common surface form, e.g. `diffusion models`. */
  label: string;
}

/** A related paper with its similarity score in (0, 1]. */
export interface RelatedRef {
  slug: string;
  score: number;
}

/** A paper with everything the enrichment stage adds. */
export interface EnrichedPaper extends Paper {
  /** Topic slug. */
  topic: string;
  /** 5 to 12 keyphrases, most relevant first. */
  keywords: KeywordRef[];
  /** Up to 6 related papers, most similar first. */
  related: RelatedRef[];
}

/** A node of a co-keyword graph. Positions are added by the layout stage (`layout/graph-layout.ts`). */
export interface GraphNode {
  /** Keyword slug. */
  id: string;
  label: string;
  /** Number of papers (in the graph's scope) carrying the keyword. */
  papers: number;
}

/** An edge of a co-keyword graph; `source` < `target` by slug. */
export interface GraphEdge {
  source: string;
  target: string;
  /** Number of papers in scope that carry both keywords. */
  papers: number;
  /** Edge weight used for layout and width (e.g. co-occurrence count or NPMI). */
  weight: number;
}

/** Keyword co-occurrence graph of one scope (a topic or the whole catalogue). */
export interface KeywordGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A topic of the catalogue. */
export interface Topic {
  slug: string;
  /** Short human label, e.g. `Differentiable Architecture Search`. */
  label: string;
  /** Top keyphrases of the topic, most distinctive first. */
  keywords: KeywordRef[];
  /** Slugs of the topic's papers, in catalogue order. */
  papers: string[];
  /** NPMI coherence of the top-10 keyphrases over the catalogue's documents. */
  npmi: number;
  /** Topics whose papers are most related to this one's. */
  related: string[];
  /** True for the miscellany topic that holds papers that fit nowhere else. */
  miscellany: boolean;
  graph: KeywordGraph;
}

/** A keyword of the catalogue with the papers that carry it. */
export interface Keyword {
  slug: string;
  label: string;
  /** Slugs of papers carrying the keyword. */
  papers: string[];
  /** Slugs of the keywords it co-occurs with most, strongest first. */
  cooccurring: KeywordRef[];
}

/** Overall topic quality, printed on every build. */
export interface TopicQuality {
  topics: number;
  meanNpmi: number;
  /** Share of distinct phrases among all topics' top-10 lists. */
  diversity: number;
}

/** What one dump contributed to the catalogue. */
export interface DumpSummary {
  id: DumpId;
  file: string;
  /** Records parsed from the dump. */
  records: number;
  /** Slugs of papers first seen in this dump. */
  newPapers: string[];
  /** Records that were merged into a paper seen before (in an earlier dump or earlier in this one). */
  duplicates: number;
  /** Lines or records skipped, with reasons. */
  skipped: Diagnostic[];
}
