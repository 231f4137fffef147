import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import type { GraphEdge, GraphNode, KeywordGraph } from '../model.ts';
import { createSeededRandom } from './graph-random.ts';
import { placeLabels, type LabelPlacement } from './graph-label-placement.ts';

/** Settings of {@link layoutGraph}. */
export interface LayoutOptions {
  /** Viewbox width in SVG user units. */
  width: number;
  /** Viewbox height in SVG user units. */
  height: number;
  /** Seed of the random source; the same graph and seed always give the same layout. */
  seed: number;
  /** Simulation steps; the default lets d3-force's alpha cool down completely. */
  ticks?: number;
}

/** A node with its position, size and label. */
export interface LaidOutNode extends GraphNode {
  x: number;
  y: number;
  /** Radius, by paper count (square-root scale, so area tracks papers). */
  r: number;
  /** Where its label is drawn, or `null` when no label fits (the node keeps its accessible name). */
  labelPlacement: LabelPlacement | null;
}

/** An edge with both ends' positions and a stroke width. */
export interface LaidOutEdge extends GraphEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width, by weight. */
  width: number;
}

/**
 * What {@link layoutGraph} returns: everything an SVG needs, no DOM involved. The pipeline
 * publishes it as `graphLayout` next to each graph it lays out (`src/schemas/catalogue.ts`).
 */
export interface LaidOutGraph {
  /** Viewbox width in SVG user units. */
  width: number;
  /** Viewbox height in SVG user units. */
  height: number;
  /** Font size (in viewbox units) the label placement assumed; the SVG must draw labels at this size. */
  fontSize: number;
  /** Nodes, most papers first (ties by slug): the drawing order and the label priority. */
  nodes: LaidOutNode[];
  /** Edges between laid-out nodes, heaviest first (ties by slugs); edges to unknown nodes are dropped. */
  edges: LaidOutEdge[];
}

/** Radius range of nodes; the smallest stays a comfortable pointer target with its label. */
const MIN_RADIUS = 4;
const MAX_RADIUS = 16;
/** Stroke width range of edges. */
const MIN_EDGE_WIDTH = 1;
const MAX_EDGE_WIDTH = 4;
/** Label metrics for a 12-unit sans-serif font. */
const FONT_SIZE = 12;
const CHAR_WIDTH = FONT_SIZE * 0.6;
const LINE_HEIGHT = FONT_SIZE * 1.2;
const LABEL_GAP = 3;
const MAX_LABEL_CHARS = 22;
/** Keeps nodes (and the start of their labels) off the viewbox border. */
const MARGIN = 4;
/**
 * Simulation steps. d3-force's default cooling (alpha 1 → 0.001) takes ~300 ticks; the layout
 * cools in this many instead (same start and end temperature), which settles these small
 * graphs (≤ 120 nodes) as well and halves the time their layout takes.
 */
const DEFAULT_TICKS = 150;

/** The temperature the cooling reaches at the last tick (d3-force's `alphaMin` default). */
const ALPHA_FLOOR = 0.001;

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  collide: number;
}

/**
 * Lays out a keyword co-occurrence graph with d3-force.
 *
 * Pure: the graph is cloned before simulating (d3-force mutates nodes and
 * links), the random source is a seeded LCG and the simulation runs a fixed
 * number of ticks synchronously, so the same graph, size and seed give the
 * same numbers on every machine. Input order does not matter: nodes and edges
 * are sorted first. Positions are clamped into the viewbox and rounded to 0.1.
 *
 * Forces: many-body repulsion; links pulling by relative weight; collision by
 * node radius plus part of the label's width, so labels have room; a weak pull
 * to the centre keeps disconnected parts on screen.
 */
export function layoutGraph(graph: KeywordGraph, options: LayoutOptions): LaidOutGraph {
  const { width, height, seed } = options;
  const ticks = options.ticks ?? DEFAULT_TICKS;
  if (!(width > 0 && height > 0)) {
    throw new Error(`Cannot lay out a graph: expected a positive width and height, got ${width}×${height}`);
  }
  const sourceNodes = [...graph.nodes].sort(byPapersThenId);
  const known = new Set(sourceNodes.map((node) => node.id));
  const sourceEdges = graph.edges
    .filter((edge) => edge.source !== edge.target && known.has(edge.source) && known.has(edge.target))
    .sort((a, b) => b.weight - a.weight || compare(a.source, b.source) || compare(a.target, b.target));

  const maxPapers = Math.max(1, ...sourceNodes.map((node) => node.papers));
  const radius = scaleSqrt().domain([0, maxPapers]).range([0, MAX_RADIUS]);
  const weights = sourceEdges.map((edge) => edge.weight);
  const minWeight = Math.min(...weights);
  const maxWeight = Math.max(...weights);
  const edgeWidth = scaleLinear()
    .domain(minWeight === maxWeight ? [minWeight - 1, maxWeight] : [minWeight, maxWeight])
    .range([MIN_EDGE_WIDTH, MAX_EDGE_WIDTH]);
  const strength = (weight: number) => (maxWeight > 0 ? 0.1 + 0.6 * Math.max(0, weight) / maxWeight : 0.3);

  // The seed picks the starting positions (d3-force's own start is a fixed spiral) and drives its jiggle.
  const random = createSeededRandom(seed);
  const spread = 30 * Math.sqrt(sourceNodes.length);
  const simNodes: SimNode[] = sourceNodes.map((node) => {
    const r = Math.max(MIN_RADIUS, radius(node.papers));
    const labelHalf = (Math.min([...node.label].length, MAX_LABEL_CHARS) * CHAR_WIDTH) / 2;
    const x = (random() - 0.5) * spread;
    const y = (random() - 0.5) * spread;
    return { id: node.id, r, collide: r + Math.min(labelHalf, 36) + 2, x, y };
  });
  const simLinks: (SimulationLinkDatum<SimNode> & { weight: number })[] = sourceEdges.map((edge) => ({
    source: edge.source,
    target: edge.target,
    weight: edge.weight,
  }));

  const simulation = forceSimulation<SimNode>(simNodes)
    .randomSource(random)
    .force('charge', forceManyBody<SimNode>().strength(-60))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode> & { weight: number }>(simLinks)
        .id((node) => node.id)
        .distance((link) => (link.source as SimNode).r + (link.target as SimNode).r + 30)
        .strength((link) => strength(link.weight)),
    )
    .force('collide', forceCollide<SimNode>((node) => node.collide).iterations(2))
    .force('x', forceX<SimNode>(0).strength(0.06))
    .force('y', forceY<SimNode>(0).strength(0.06 * (width / height)))
    .alphaDecay(1 - Math.pow(ALPHA_FLOOR, 1 / ticks))
    .stop();
  simulation.tick(ticks);

  // The simulation runs around (0, 0); fit its extent into the viewbox, never scaling up.
  const xs = simNodes.map((node) => node.x ?? 0);
  const ys = simNodes.map((node) => node.y ?? 0);
  const spanX = Math.max(...xs) - Math.min(...xs) || 1;
  const spanY = Math.max(...ys) - Math.min(...ys) || 1;
  const pad = MARGIN + MAX_RADIUS;
  const scale = Math.min(1, (width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
  const midX = (Math.max(...xs) + Math.min(...xs)) / 2;
  const midY = (Math.max(...ys) + Math.min(...ys)) / 2;

  const positioned = sourceNodes.map((node, index) => {
    const sim = simNodes[index] as SimNode;
    const x = clamp(width / 2 + ((sim.x ?? 0) - midX) * scale, sim.r + MARGIN, width - sim.r - MARGIN);
    const y = clamp(height / 2 + ((sim.y ?? 0) - midY) * scale, sim.r + MARGIN, height - sim.r - MARGIN);
    return { ...node, x: round1(x), y: round1(y), r: round1(sim.r) };
  });

  const labels = placeLabels(
    positioned.map(({ id, x, y, r, label }) => ({ id, x, y, r, label })),
    { width, height, charWidth: CHAR_WIDTH, lineHeight: LINE_HEIGHT, gap: LABEL_GAP, maxChars: MAX_LABEL_CHARS },
  );
  const nodes: LaidOutNode[] = positioned.map((node) => ({ ...node, labelPlacement: labels.get(node.id) ?? null }));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edges: LaidOutEdge[] = sourceEdges.map((edge) => {
    const a = byId.get(edge.source) as LaidOutNode;
    const b = byId.get(edge.target) as LaidOutNode;
    return { ...edge, x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: round1(edgeWidth(edge.weight)) };
  });
  return { width, height, fontSize: FONT_SIZE, nodes, edges };
}

function byPapersThenId(a: GraphNode, b: GraphNode): number {
  return b.papers - a.papers || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function clamp(value: number, min: number, max: number): number {
  return min > max ? (min + max) / 2 : Math.min(max, Math.max(min, value));
}

function round1(value: number): number {
  // `+ 0` turns -0 into 0 so snapshots and SVG output never show "-0".
  return Math.round(value * 10) / 10 + 0;
}

/**
 * Viewbox size for a graph of `nodes` nodes: larger graphs get more room
 * (labels are drawn at a fixed size in viewbox units, so a larger viewbox means
 * more labels fit, drawn smaller on screen). Measured on the default catalogue's
 * 120-node overview: 720×440 fits 18 full labels, 960×600 fits 47, 1200×750 fits 70.
 */
export function graphViewbox(nodes: number): { width: number; height: number } {
  if (nodes <= 40) return { width: 720, height: 440 };
  if (nodes <= 80) return { width: 880, height: 540 };
  return { width: 1040, height: 640 };
}

/** The one seed of every published layout: a layout depends only on the graph and its size. */
export const GRAPH_SEED = 1;

/**
 * The layout a page draws for `graph`: viewbox by node count ({@link graphViewbox}) and
 * {@link GRAPH_SEED}. The pipeline publishes it, so pages never run the simulation.
 */
export function layoutForPage(graph: KeywordGraph): LaidOutGraph {
  return layoutGraph(graph, { ...graphViewbox(graph.nodes.length), seed: GRAPH_SEED });
}
