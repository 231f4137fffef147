import type { KeywordGraph, KeywordRef } from '../../scripts/lib/model.ts';

/** One row of a graph's text alternative: two keywords and how many papers carry both. */
export interface KeywordPair {
  a: KeywordRef;
  b: KeywordRef;
  /** Papers carrying both keywords. */
  papers: number;
}

/**
 * The strongest co-occurring keyword pairs of a graph, for the table that
 * stands in for the drawing. Ordered by shared papers, then by weight, then by
 * labels, so the table is stable across builds; edges to unknown nodes are skipped.
 *
 * @param limit Most rows to return.
 */
export function topKeywordPairs(graph: KeywordGraph, limit: number): KeywordPair[] {
  const labels = new Map(graph.nodes.map((node) => [node.id, node.label]));
  return graph.edges
    .filter((edge) => labels.has(edge.source) && labels.has(edge.target) && edge.source !== edge.target)
    .map((edge) => ({ edge, a: ref(edge.source, labels), b: ref(edge.target, labels) }))
    .sort(
      (x, y) =>
        y.edge.papers - x.edge.papers ||
        y.edge.weight - x.edge.weight ||
        compare(x.a.label, y.a.label) ||
        compare(x.b.label, y.b.label),
    )
    .slice(0, Math.max(0, limit))
    .map(({ edge, a, b }) => ({ a, b, papers: edge.papers }));
}

function ref(slug: string, labels: Map<string, string>): KeywordRef {
  return { slug, label: labels.get(slug) ?? slug };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
