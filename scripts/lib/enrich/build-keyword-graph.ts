/**
 * Co-keyword graph of a set of papers: the keywords carried by the most
 * papers as nodes, pairs carried together as edges, weighted by NPMI.
 */
import type { GraphEdge, GraphNode, KeywordGraph, KeywordRef } from '../model.ts';

/** Options of {@link buildKeywordGraph}. */
export interface GraphOptions {
  /** Most nodes kept. */
  maxNodes: number;
  /** Keywords carried by fewer papers are dropped once `minNodes` nodes are kept. */
  minNodePapers: number;
  /** Nodes kept even below `minNodePapers`, if there are that many keywords. */
  minNodes: number;
  /** Edges need at least this many papers. */
  minEdgePapers: number;
  /** Strongest edges kept per node. */
  edgesPerNode: number;
}

/**
 * Graph of `papers` (each a list of keyword keys) with `refs` giving each
 * key's slug and label. Edge weight is (1 + NPMI) / 2 over the scope's
 * papers, so it lies in [0, 1] and grows with association.
 */
export function buildKeywordGraph(
  papers: ReadonlyArray<readonly string[]>,
  refs: ReadonlyMap<string, KeywordRef>,
  options: GraphOptions,
): KeywordGraph {
  const count = new Map<string, number>();
  for (const keys of papers) for (const key of new Set(keys)) count.set(key, (count.get(key) ?? 0) + 1);
  const ranked = [...count].sort(
    (a, b) => b[1] - a[1] || (refs.get(a[0])!.slug < refs.get(b[0])!.slug ? -1 : 1),
  );
  const kept = ranked
    .filter(([, c], i) => i < options.minNodes || c >= options.minNodePapers)
    .slice(0, options.maxNodes);
  const keptSet = new Set(kept.map(([key]) => key));

  const pairCount = new Map<string, number>();
  for (const keys of papers) {
    const inGraph = [...new Set(keys)].filter((key) => keptSet.has(key)).map((key) => refs.get(key)!.slug).sort();
    for (let i = 0; i < inGraph.length; i++) {
      for (let j = i + 1; j < inGraph.length; j++) {
        const pair = `${inGraph[i]}\u0000${inGraph[j]}`;
        pairCount.set(pair, (pairCount.get(pair) ?? 0) + 1);
      }
    }
  }
  const papersBySlug = new Map(kept.map(([key, c]) => [refs.get(key)!.slug, c]));
  const n = papers.length;
  const candidates: GraphEdge[] = [];
  for (const [pair, both] of pairCount) {
    if (both < options.minEdgePapers) continue;
    const [source, target] = pair.split('\u0000') as [string, string];
    const pij = both / n;
    const npmi = pij >= 1 ? 1 : Math.log(pij / ((papersBySlug.get(source)! / n) * (papersBySlug.get(target)! / n))) / -Math.log(pij);
    candidates.push({ source, target, papers: both, weight: Math.round(((1 + npmi) / 2) * 1e4) / 1e4 });
  }
  candidates.sort((a, b) => b.papers - a.papers || b.weight - a.weight || (a.source + a.target < b.source + b.target ? -1 : 1));
  const degree = new Map<string, number>();
  const edges = candidates.filter((edge) => {
    const ds = degree.get(edge.source) ?? 0;
    const dt = degree.get(edge.target) ?? 0;
    if (ds >= options.edgesPerNode && dt >= options.edgesPerNode) return false;
    degree.set(edge.source, ds + 1);
    degree.set(edge.target, dt + 1);
    return true;
  });
  edges.sort((a, b) => (a.source === b.source ? (a.target < b.target ? -1 : 1) : a.source < b.source ? -1 : 1));
  const nodes: GraphNode[] = kept.map(([key, papersCount]) => ({ id: refs.get(key)!.slug, label: refs.get(key)!.label, papers: papersCount }));
  return { nodes, edges };
}
