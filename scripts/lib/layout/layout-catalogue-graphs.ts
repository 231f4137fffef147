/**
 * The layout stage: every co-keyword graph the site draws (one per topic and
 * the whole catalogue's), laid out once by the pipeline as pages draw them
 * ({@link layoutForPage}), so page builds only turn positions into SVG.
 */
import type { KeywordGraph, Topic } from '../model.ts';
import type { LaidOutGraph } from './graph-layout.ts';
import { layoutGraphs } from './layout-graphs-task.ts';

/** The laid-out graphs of a catalogue. */
export interface GraphLayouts {
  /** Layout of each topic's graph, by topic slug. */
  topics: ReadonlyMap<string, LaidOutGraph>;
  /** Layout of the whole catalogue's graph. */
  catalogue: LaidOutGraph;
}

/**
 * Lays out the graphs of the catalogue's topics and of the catalogue, on two threads
 * for many topics (see {@link layoutGraphs}); the result is the same either way.
 *
 * @param catalogue The topics (slug and graph) and the catalogue's graph, after curation pruned them.
 * @param minGraphs Fewest graphs given a worker thread (default: `layoutGraphs`' own).
 */
export function layoutCatalogueGraphs(
  catalogue: { topics: readonly Pick<Topic, 'slug' | 'graph'>[]; graph: KeywordGraph },
  minGraphs?: number,
): GraphLayouts {
  // The catalogue's graph (the largest) first, so the calling thread takes it.
  const [layout, ...topicLayouts] = layoutGraphs([catalogue.graph, ...catalogue.topics.map((topic) => topic.graph)], minGraphs);
  return {
    topics: new Map(catalogue.topics.map((topic, i) => [topic.slug, topicLayouts[i]!])),
    catalogue: layout!,
  };
}
