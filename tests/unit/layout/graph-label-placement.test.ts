import { describe, expect, test } from 'vitest';
import {
  boxesOverlap,
  circleHitsBox,
  labelVariants,
  placeLabels,
  type LabelOptions,
} from '../../../scripts/lib/layout/graph-label-placement.ts';

const options: LabelOptions = { width: 200, height: 100, charWidth: 6, lineHeight: 10, gap: 2, maxChars: 12 };

describe('labelVariants', () => {
  test.each([
    ['abc', 12, ['abc']],
    ['abcde', 12, ['abcde']],
    ['diffusion models', 12, ['diffusion m…', 'diffus…']],
    ['diffusion', 12, ['diffusion', 'diffus…']],
    ['schrödinger bridge', 8, ['schrödi…', 'schröd…']],
    ['a b c d e f g h', 12, ['a b c d e f…', 'a b c…']],
  ])('%j (max %i) → %j', (label, max, expected) => {
    expect(labelVariants(label, max)).toEqual(expected);
  });
});

describe('placeLabels', () => {
  test('a lone node gets its label on the right', () => {
    const placed = placeLabels([{ id: 'a', x: 50, y: 50, r: 5, label: 'alpha' }], options);
    expect(placed.get('a')).toEqual({ text: 'alpha', side: 'right', x: 57, y: 50, anchor: 'start' });
  });

  test('a node at the right border puts its label on the left', () => {
    const placed = placeLabels([{ id: 'a', x: 190, y: 50, r: 5, label: 'alpha' }], options);
    expect(placed.get('a')).toEqual({ text: 'alpha', side: 'left', x: 183, y: 50, anchor: 'end' });
  });

  test('the second of two neighbours avoids the first label and circle', () => {
    const placed = placeLabels(
      [
        { id: 'a', x: 50, y: 50, r: 5, label: 'alpha' },
        { id: 'b', x: 70, y: 50, r: 5, label: 'beta' },
      ],
      options,
    );
    expect(placed.get('a')?.side).toBe('left'); // right of a would cover b's circle
    expect(placed.get('b')).toEqual({ text: 'beta', side: 'right', x: 77, y: 50, anchor: 'start' });
  });

  test('a label that fits nowhere is shortened, then skipped', () => {
    const tight: LabelOptions = { ...options, width: 60, height: 20 };
    const placed = placeLabels([{ id: 'a', x: 10, y: 10, r: 5, label: 'a long keyword' }], tight);
    expect(placed.get('a')).toEqual({ text: 'a long…', side: 'right', x: 17, y: 10, anchor: 'start' });
    const none = placeLabels([{ id: 'a', x: 10, y: 10, r: 9, label: 'a long keyword' }], { ...tight, width: 30 });
    expect(none.get('a')).toBeNull();
  });

  test('placed labels never overlap each other or foreign circles', () => {
    const nodes = Array.from({ length: 30 }, (_, i) => ({
      id: `n${i}`,
      x: 10 + ((i * 37) % 180),
      y: 10 + ((i * 53) % 80),
      r: 3 + (i % 4),
      label: `keyword number ${i}`,
    }));
    const placed = placeLabels(nodes, options);
    const boxes: { id: string; box: { x0: number; y0: number; x1: number; y1: number } }[] = [];
    for (const node of nodes) {
      const p = placed.get(node.id);
      if (!p) continue;
      const w = [...p.text].length * options.charWidth;
      const x0 = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - w : p.x - w / 2;
      boxes.push({ id: node.id, box: { x0, y0: p.y - 5, x1: x0 + w, y1: p.y + 5 } });
    }
    expect(boxes.length).toBeGreaterThan(5);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(boxesOverlap(a.box, b.box)).toBe(false);
      for (const node of nodes) if (node.id !== a.id) expect(circleHitsBox(node, a.box)).toBe(false);
    }
  });
});

describe('geometry', () => {
  test.each([
    [{ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 5, y0: 5, x1: 15, y1: 15 }, true],
    [{ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 10, y0: 0, x1: 20, y1: 10 }, false],
    [{ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 0, y0: 11, x1: 10, y1: 20 }, false],
  ])('boxesOverlap(%j, %j) → %s', (a, b, expected) => {
    expect(boxesOverlap(a, b)).toBe(expected);
  });

  test.each([
    [{ x: 0, y: 0, r: 5 }, { x0: 3, y0: -1, x1: 10, y1: 1 }, true],
    [{ x: 0, y: 0, r: 5 }, { x0: 4, y0: 4, x1: 10, y1: 10 }, false],
    [{ x: 5, y: 5, r: 1 }, { x0: 0, y0: 0, x1: 10, y1: 10 }, true],
  ])('circleHitsBox(%j, %j) → %s', (circle, box, expected) => {
    expect(circleHitsBox(circle, box)).toBe(expected);
  });
});
