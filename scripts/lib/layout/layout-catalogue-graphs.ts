/**
 * The layout stage: every co-keyword graph the site draws (one per topic and
 * the whole catalogue's), laid out once by the pipeline as pages draw them
 * ({@link layoutForPage}), so page builds only turn positions into SVG.
 */
import { createHash } from 'node:crypto';
import type { KeywordGraph, Topic } from '../model.ts';
import type { LaidOutGraph } from './graph-layout.ts';
import { layoutGraphs } from './layout-graphs-task.ts';

/** The laid-out graphs of a catalogue. */
export interface GraphLayouts {
  /** Layout of each topic's graph, by topic slug. */
  topics: ReadonlyMap<string, LaidOutGraph>;
  /** Layout of the whole catalogue's graph. */
  catalogue: LaidOutGraph;
  /** Every layout by its graph's {@link graphDigest}: what the next build can be given as `kept`. */
  byGraph: ReadonlyMap<string, LaidOutGraph>;
}

/** Options of {@link layoutCatalogueGraphs}. */
export interface LayoutOptions {
  /** Fewest graphs to lay out that get a worker thread (default: `layoutGraphs`' own). */
  minGraphs?: number;
  /** Layouts made before (a previous build's `byGraph`, by the same code): a graph with the same digest is not laid out again. */
  kept?: ReadonlyMap<string, LaidOutGraph>;
}

/**
 * Lays out the graphs of the catalogue's topics and of the catalogue, on two threads
 * for many graphs (see {@link layoutGraphs}); the result is the same either way. A layout
 * depends on its graph only, so a graph found in `kept` takes that layout: after one more dump
 * about a quarter of a 10k catalogue's topic graphs are unchanged.
 *
 * @param catalogue The topics (slug and graph) and the catalogue's graph, after curation pruned them.
 */
export function layoutCatalogueGraphs(
  catalogue: { topics: readonly Pick<Topic, 'slug' | 'graph'>[]; graph: KeywordGraph },
  { minGraphs, kept = new Map() }: LayoutOptions = {},
): GraphLayouts {
  // The catalogue's graph (the largest) first, so the calling thread takes it.
  const graphs = [catalogue.graph, ...catalogue.topics.map((topic) => topic.graph)];
  const digests = graphs.map(graphDigest);
  // Each graph not kept, once (two topics can have the same graph).
  const missing = new Map<string, KeywordGraph>();
  graphs.forEach((graph, i) => {
    if (!kept.has(digests[i]!)) missing.set(digests[i]!, graph);
  });
  const made = layoutGraphs([...missing.values()], minGraphs);
  const madeByGraph = new Map([...missing.keys()].map((digest, i) => [digest, made[i]!]));
  const byGraph = new Map(digests.map((digest) => [digest, madeByGraph.get(digest) ?? kept.get(digest)!]));
  return {
    catalogue: byGraph.get(digests[0]!)!,
    topics: new Map(catalogue.topics.map((topic, i) => [topic.slug, byGraph.get(digests[i + 1]!)!])),
    byGraph,
  };
}

/** A digest of everything a graph's layout depends on: the graph itself. */
export function graphDigest(graph: KeywordGraph): string {
  return createHash('sha1').update(JSON.stringify(graph)).digest('base64url');
}
