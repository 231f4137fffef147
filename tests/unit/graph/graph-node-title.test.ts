import { describe, expect, test } from 'vitest';
import { graphNodeTitle } from '../../../src/lib/graph-node-title.ts';

describe('graphNodeTitle', () => {
  test.each([
    [{ label: 'flow matching', papers: 1 }, 'flow matching — 1 paper'],
    [{ label: 'Schrödinger bridge', papers: 3 }, 'Schrödinger bridge — 3 papers'],
    [{ label: 'a very long keyword label that the drawing shortens', papers: 12345 }, 'a very long keyword label that the drawing shortens — 12345 papers'],
  ])('%j → %s', (node, expected) => {
    expect(graphNodeTitle(node)).toBe(expected);
  });
});
