import { describe, expect, test } from 'vitest';
import { topKeywordPairs } from '../../../src/lib/graph-top-pairs.ts';

const graph = {
  nodes: [
    { id: 'a', label: 'alpha', papers: 5 },
    { id: 'b', label: 'beta', papers: 4 },
    { id: 'c', label: 'gamma', papers: 3 },
  ],
  edges: [
    { source: 'a', target: 'b', papers: 2, weight: 2 },
    { source: 'a', target: 'c', papers: 3, weight: 3 },
    { source: 'b', target: 'c', papers: 2, weight: 2 },
    { source: 'b', target: 'zz', papers: 9, weight: 9 },
  ],
};

describe('topKeywordPairs', () => {
  test('orders by shared papers then labels and skips edges to unknown nodes', () => {
    expect(topKeywordPairs(graph, 10).map((p) => `${p.a.label}+${p.b.label}:${p.papers}`)).toEqual([
      'alpha+gamma:3',
      'alpha+beta:2',
      'beta+gamma:2',
    ]);
  });

  test.each([
    [0, 0],
    [1, 1],
    [-1, 0],
  ])('limit %i gives %i rows', (limit, rows) => {
    expect(topKeywordPairs(graph, limit)).toHaveLength(rows);
  });

  test('empty graph gives no rows', () => {
    expect(topKeywordPairs({ nodes: [], edges: [] }, 5)).toEqual([]);
  });
});
