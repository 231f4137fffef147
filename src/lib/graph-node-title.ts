import type { GraphNode } from '../../scripts/lib/model.ts';

/**
 * The accessible name and tooltip of a graph node (its SVG `<title>`): the full label, even
 * when the drawn one is shortened, and the papers carrying it, e.g. `flow matching — 3 papers`.
 * Counts are written without digit grouping, as the graph has always shown them.
 */
export function graphNodeTitle(node: Pick<GraphNode, 'label' | 'papers'>): string {
  return `${node.label} — ${node.papers} ${node.papers === 1 ? 'paper' : 'papers'}`;
}
