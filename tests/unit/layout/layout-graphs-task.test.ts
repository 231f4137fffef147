import { describe, expect, test } from 'vitest';
import { sharedCounter } from '../../../scripts/lib/parallel/shared-counter.ts';
import { seededRandom } from '../../../scripts/lib/enrich/seeded-random.ts';
import { layoutForPage } from '../../../scripts/lib/layout/graph-layout.ts';
import { claimGraph, layoutClaimedGraphs, layoutGraphs } from '../../../scripts/lib/layout/layout-graphs-task.ts';
import type { KeywordGraph } from '../../../scripts/lib/model.ts';

/** Random graphs of up to `maxNodes` nodes (some empty), a few edges per node, like the enrich stage's. */
function randomGraphs(count: number, maxNodes: number, seed: number): KeywordGraph[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, g): KeywordGraph => {
    const size = g % 7 === 0 ? 0 : 1 + Math.floor(random() * maxNodes);
    const nodes = Array.from({ length: size }, (_, i) => ({ id: `g${g}-k${i}`, label: `keyword ${i} of graph ${g}`, papers: 1 + Math.floor(random() * 30) }));
    const edges = nodes.flatMap((node, i) =>
      Array.from({ length: Math.floor(random() * 4) }, () => Math.floor(random() * size))
        .filter((j, at, all) => j > i && all.indexOf(j) === at)
        .map((j) => ({ source: node.id, target: nodes[j]!.id, papers: 1 + Math.floor(random() * 5), weight: Math.round(random() * 1e4) / 1e4 })),
    );
    return { nodes, edges };
  });
}

describe('layoutGraphs', () => {
  const graphs = randomGraphs(30, 50, 1);

  test('the worker task lays out, as a page draws them, the graphs left to take, in the order given', () => {
    const some = graphs.slice(0, 5);
    const order = Int32Array.from([3, 0, 4, 1, 2]);
    const claims = sharedCounter();
    // The calling thread has taken the first one already.
    expect(claimGraph(claims, order)).toBe(3);
    const share = layoutClaimedGraphs({ graphs: some, order, claims });
    expect([...share.indices]).toEqual([0, 4, 1, 2]);
    expect(share.layouts).toEqual([0, 4, 1, 2].map((i) => layoutForPage(some[i]!)));
    expect(claimGraph(claims, order)).toBeUndefined();
  });

  test('threaded path = single thread: the same layouts, serialised to the same bytes', () => {
    const single = layoutGraphs(graphs, Infinity);
    const threaded = layoutGraphs(graphs, 0);
    expect(single).toEqual(graphs.map(layoutForPage));
    expect(JSON.stringify(threaded, null, 2)).toBe(JSON.stringify(single, null, 2));
  });

  test.each([
    ['no graphs', [] as KeywordGraph[]],
    ['only empty graphs', [{ nodes: [], edges: [] }, { nodes: [], edges: [] }]],
    ['one graph', graphs.slice(1, 2)],
  ])('%s: the same on either path', (_name, some) => {
    expect(layoutGraphs(some, 0)).toEqual(some.map(layoutForPage));
    expect(layoutGraphs(some, Infinity)).toEqual(some.map(layoutForPage));
  });

  test('does not change its input', () => {
    const before = structuredClone(graphs);
    layoutGraphs(graphs, 0);
    expect(graphs).toEqual(before);
  });
});
