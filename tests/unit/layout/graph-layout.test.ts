import { describe, expect, test } from 'vitest';
import { GRAPH_SEED, graphViewbox, layoutForPage, layoutGraph } from '../../../scripts/lib/layout/graph-layout.ts';
import type { KeywordGraph } from '../../../scripts/lib/model.ts';

const tiny = (): KeywordGraph => ({
  nodes: [
    { id: 'diffusion-models', label: 'diffusion models', papers: 9 },
    { id: 'score-matching', label: 'score matching', papers: 4 },
    { id: 'schrodinger-bridge', label: 'Schrödinger bridge', papers: 2 },
    { id: 'flow-matching', label: 'flow matching', papers: 1 },
  ],
  edges: [
    { source: 'diffusion-models', target: 'score-matching', papers: 3, weight: 3 },
    { source: 'diffusion-models', target: 'schrodinger-bridge', papers: 2, weight: 2 },
    { source: 'flow-matching', target: 'score-matching', papers: 1, weight: 1 },
  ],
});

const options = { width: 320, height: 200, seed: 7 };

describe('layoutGraph', () => {
  test('gives exact positions, radii, widths and labels for a fixed seed', () => {
    const laid = layoutGraph(tiny(), options);
    expect(laid.nodes.map(({ id, x, y, r }) => [id, x, y, r])).toEqual([
      ['diffusion-models', 165, 148.3, 16],
      ['score-matching', 241.4, 79.8, 10.7],
      ['schrodinger-bridge', 78.6, 99, 7.5],
      ['flow-matching', 153.8, 51.7, 5.3],
    ]);
    expect(laid.nodes.map((node) => node.labelPlacement)).toEqual([
      { text: 'diffusion models', side: 'right', x: 184, y: 148.3, anchor: 'start' },
      { text: 'score matching', side: 'left', x: 227.7, y: 79.8, anchor: 'end' },
      { text: 'Schrödinger bridge', side: 'right', x: 89.1, y: 99, anchor: 'start' },
      { text: 'flow matching', side: 'right', x: 162.1, y: 51.7, anchor: 'start' },
    ]);
    expect(laid.edges.map(({ source, target, x1, y1, x2, y2, width }) => [source, target, x1, y1, x2, y2, width])).toEqual([
      ['diffusion-models', 'score-matching', 165, 148.3, 241.4, 79.8, 4],
      ['diffusion-models', 'schrodinger-bridge', 165, 148.3, 78.6, 99, 2.5],
      ['flow-matching', 'score-matching', 153.8, 51.7, 241.4, 79.8, 1],
    ]);
  });

  test('is deterministic and independent of input order', () => {
    const a = layoutGraph(tiny(), options);
    const shuffled = tiny();
    shuffled.nodes.reverse();
    shuffled.edges.reverse();
    expect(layoutGraph(shuffled, options)).toEqual(a);
    expect(layoutGraph(tiny(), options)).toEqual(a);
  });

  test('another seed gives another layout', () => {
    expect(layoutGraph(tiny(), { ...options, seed: 8 }).nodes).not.toEqual(layoutGraph(tiny(), options).nodes);
  });

  test('does not mutate its input', () => {
    const graph = tiny();
    const before = structuredClone(graph);
    layoutGraph(graph, options);
    expect(graph).toEqual(before);
  });

  test('keeps every node inside the viewbox, rounded to 0.1', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `k${i}`, label: `keyword ${i}`, papers: 1 + (i % 7) }));
    const edges = nodes.slice(1).map((node, i) => ({ source: `k${i}`, target: node.id, papers: 1, weight: 1 + (i % 3) }));
    const laid = layoutGraph({ nodes, edges }, { width: 300, height: 180, seed: 1 });
    for (const node of laid.nodes) {
      expect(node.x - node.r).toBeGreaterThanOrEqual(0);
      expect(node.y - node.r).toBeGreaterThanOrEqual(0);
      expect(node.x + node.r).toBeLessThanOrEqual(300);
      expect(node.y + node.r).toBeLessThanOrEqual(180);
      expect(Math.round(node.x * 10) / 10).toBe(node.x);
    }
  });

  test.each([
    ['self loops and edges to unknown nodes are dropped', { source: 'score-matching', target: 'nope', papers: 1, weight: 1 }],
    ['self loops are dropped', { source: 'score-matching', target: 'score-matching', papers: 1, weight: 1 }],
  ])('%s', (_name, edge) => {
    const graph = tiny();
    graph.edges.push(edge);
    expect(layoutGraph(graph, options).edges).toHaveLength(3);
  });

  test('an empty graph lays out to nothing', () => {
    expect(layoutGraph({ nodes: [], edges: [] }, options)).toEqual({ width: 320, height: 200, fontSize: 12, nodes: [], edges: [] });
  });

  test('a single node sits in the middle', () => {
    const laid = layoutGraph({ nodes: [{ id: 'a', label: 'a', papers: 1 }], edges: [] }, options);
    expect(laid.nodes[0]).toMatchObject({ x: 160, y: 100, r: 16 });
  });

  test.each([
    [0, 100],
    [100, -1],
  ])('refuses a %i×%i viewbox', (width, height) => {
    expect(() => layoutGraph(tiny(), { width, height, seed: 1 })).toThrow(/expected a positive width and height/);
  });
});

describe('graphViewbox', () => {
  test.each([
    [0, 720, 440],
    [40, 720, 440],
    [41, 880, 540],
    [80, 880, 540],
    [81, 1040, 640],
    [5000, 1040, 640],
  ])('%i nodes → %i×%i', (nodes, width, height) => {
    expect(graphViewbox(nodes)).toEqual({ width, height });
  });
});

describe('layoutForPage', () => {
  test.each([4, 41, 81])('lays out a %i-node graph in its viewbox with the one seed', (count) => {
    const nodes = Array.from({ length: count }, (_, i) => ({ id: `k${i}`, label: `keyword ${i}`, papers: 1 + (i % 5) }));
    const edges = nodes.slice(1).map((node, i) => ({ source: `k${i}`, target: node.id, papers: 1, weight: 0.5 + (i % 4) / 8 }));
    const laid = layoutForPage({ nodes, edges });
    expect(GRAPH_SEED).toBe(1);
    expect(laid).toEqual(layoutGraph({ nodes, edges }, { ...graphViewbox(count), seed: 1 }));
    expect({ width: laid.width, height: laid.height }).toEqual(graphViewbox(count));
  });
});

