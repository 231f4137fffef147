import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../../scripts/lib/build-catalogue.ts';
import { graphViewbox, layoutGraph } from '../../../scripts/lib/layout/graph-layout.ts';
import { graphDigest, layoutCatalogueGraphs } from '../../../scripts/lib/layout/layout-catalogue-graphs.ts';
import type { DumpFile } from '../../../scripts/lib/model.ts';

// A small real catalogue: the first 100 records of the first default dump.
const lines = readFileSync(path.resolve(import.meta.dirname, '../../../content/dumps/000_204173092b44c16c.txt'), 'utf8').split('\n');
const dumps: DumpFile[] = [{ name: '000_a.txt', bytes: new TextEncoder().encode(lines.slice(0, 203).join('\n')) }];
const { catalogue } = buildCatalogue(dumps, { registry: {}, previous: undefined });

describe('layoutCatalogueGraphs', () => {
  const layouts = layoutCatalogueGraphs(catalogue);

  test('lays out every topic graph and the catalogue graph as the pages did: viewbox by node count, seed 1', () => {
    expect(catalogue.topics.length).toBeGreaterThan(1);
    expect([...layouts.topics.keys()]).toEqual(catalogue.topics.map((topic) => topic.slug));
    for (const topic of catalogue.topics) {
      expect(layouts.topics.get(topic.slug)).toEqual(layoutGraph(topic.graph, { ...graphViewbox(topic.graph.nodes.length), seed: 1 }));
    }
    expect(catalogue.graph.nodes.length).toBeGreaterThan(0);
    expect(layouts.catalogue).toEqual(layoutGraph(catalogue.graph, { ...graphViewbox(catalogue.graph.nodes.length), seed: 1 }));
  });

  test('threaded path = single thread', () => {
    const threaded = layoutCatalogueGraphs(catalogue, { minGraphs: 0 });
    const single = layoutCatalogueGraphs(catalogue, { minGraphs: Infinity });
    expect(JSON.stringify([...threaded.topics], null, 2)).toBe(JSON.stringify([...single.topics], null, 2));
    expect(JSON.stringify(threaded.catalogue, null, 2)).toBe(JSON.stringify(single.catalogue, null, 2));
    expect(single).toEqual(layouts);
  });

  test('a graph whose layout is kept is not laid out again, and every other graph is', () => {
    const [first, second] = catalogue.topics;
    // A kept layout stands out: nothing lays a graph out this way.
    const marked = { ...layouts.topics.get(first!.slug)!, width: -1 };
    const again = layoutCatalogueGraphs(catalogue, { kept: new Map([[graphDigest(first!.graph), marked]]) });
    expect(again.topics.get(first!.slug)).toBe(marked);
    expect(again.topics.get(second!.slug)).toEqual(layouts.topics.get(second!.slug));
    expect(again.catalogue).toEqual(layouts.catalogue);
    // What the next build is handed: every graph of this one, the kept layout included.
    expect(again.byGraph.size).toBe(new Set([catalogue.graph, ...catalogue.topics.map((topic) => topic.graph)].map(graphDigest)).size);
    expect(again.byGraph.get(graphDigest(first!.graph))).toBe(marked);
    expect(again.byGraph.get(graphDigest(catalogue.graph))).toEqual(layouts.catalogue);
  });

  test('a graph digest changes with any node or edge, and only with the graph', () => {
    const graph = catalogue.topics[0]!.graph;
    expect(graphDigest(structuredClone(graph))).toBe(graphDigest(graph));
    const node = graph.nodes[0]!;
    expect(graphDigest({ ...graph, nodes: [{ ...node, papers: node.papers + 1 }, ...graph.nodes.slice(1)] })).not.toBe(graphDigest(graph));
    expect(graphDigest({ ...graph, edges: graph.edges.slice(1) })).not.toBe(graphDigest(graph));
  });

  test('an empty catalogue has an empty catalogue graph and no topic layouts', () => {
    for (const minGraphs of [0, Infinity]) {
      const empty = { width: 720, height: 440, fontSize: 12, nodes: [], edges: [] };
      expect(layoutCatalogueGraphs({ topics: [], graph: { nodes: [], edges: [] } }, { minGraphs })).toEqual({
        topics: new Map(),
        catalogue: empty,
        byGraph: new Map([[graphDigest({ nodes: [], edges: [] }), empty]]),
      });
    }
  });
});
