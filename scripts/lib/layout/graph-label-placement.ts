/** A node as the label placer sees it: a circle and the label it would like to show. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  /** Node radius. */
  r: number;
  label: string;
}

/** Where a label goes, relative to its node. */
export type LabelSide = 'right' | 'left' | 'above' | 'below';

/** A placed label: the text to draw (maybe shortened) and where, for an SVG `<text>` with `dominant-baseline: central`. */
export interface LabelPlacement {
  /** Text to draw; ends with `…` when shortened. */
  text: string;
  side: LabelSide;
  /** Anchor point of the text. */
  x: number;
  y: number;
  /** SVG `text-anchor` for `x`. */
  anchor: 'start' | 'end' | 'middle';
}

/** Settings of {@link placeLabels}. */
export interface LabelOptions {
  /** Viewbox the labels must stay inside. */
  width: number;
  height: number;
  /** Estimated advance of one character (≈ 0.6 × font size for the UI sans-serif). */
  charWidth: number;
  /** Height of a label box (≈ 1.2 × font size). */
  lineHeight: number;
  /** Gap between a node's circle and its label. */
  gap: number;
  /** Labels longer than this are only ever shown shortened; shortened labels keep at least 7 characters. */
  maxChars: number;
}

/** Axis-aligned box. */
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Sides in the order they are tried: beside the node reads best, then above, then below. */
const SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below'];

/** Shortest shortened label worth drawing (6 letters and the ellipsis); "dif…" says less than no label, whose node keeps its tooltip and name. */
const MIN_SHORT_CHARS = 7;

/**
 * Greedy collision-free label placement.
 *
 * Candidates are taken in the given order (pass the most important first);
 * each label tries right, left, above and below its node and takes the first
 * position whose box stays in the viewbox and overlaps neither an already
 * placed label nor any node's circle. A label that fits nowhere is retried
 * shortened (halving down to {@link MIN_SHORT_CHARS}), and skipped when even
 * that does not fit: its node keeps its accessible name, only the drawn text is
 * missing. Pure; coordinates are rounded to 0.1.
 *
 * @returns One entry per candidate id: its placement, or `null` when skipped.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelOptions): Map<string, LabelPlacement | null> {
  const placed: Box[] = [];
  const result = new Map<string, LabelPlacement | null>();
  for (const node of candidates) {
    let chosen: { placement: LabelPlacement; box: Box } | undefined;
    for (const text of labelVariants(node.label, options.maxChars)) {
      for (const side of SIDES) {
        const candidate = positionLabel(node, text, side, options);
        if (fits(candidate.box, node.id, candidates, placed, options)) {
          chosen = candidate;
          break;
        }
      }
      if (chosen) break;
    }
    if (chosen) placed.push(chosen.box);
    result.set(node.id, chosen ? chosen.placement : null);
  }
  return result;
}

/**
 * The texts to try for a label, longest first: the label itself (if not longer
 * than `maxChars`), then shortened forms ending in `…`.
 */
export function labelVariants(label: string, maxChars: number): string[] {
  const chars = [...label];
  const variants: string[] = [];
  if (chars.length <= maxChars) variants.push(label);
  for (let keep = Math.min(chars.length, maxChars) - 1; keep >= MIN_SHORT_CHARS - 1; keep = nextKeep(keep)) {
    // A shortened form must be shorter than the label, ellipsis included.
    if (keep + 1 >= chars.length) continue;
    const short = `${chars.slice(0, keep).join('').trimEnd()}…`;
    if (!variants.includes(short)) variants.push(short);
  }
  return variants;
}

function nextKeep(keep: number): number {
  return keep === MIN_SHORT_CHARS - 1 ? 0 : Math.max(MIN_SHORT_CHARS - 1, Math.floor(keep / 2));
}

function positionLabel(
  node: LabelCandidate,
  text: string,
  side: LabelSide,
  { charWidth, lineHeight, gap }: LabelOptions,
): { placement: LabelPlacement; box: Box } {
  const w = [...text].length * charWidth;
  const h = lineHeight;
  let x: number;
  let y: number;
  let anchor: LabelPlacement['anchor'];
  let box: Box;
  switch (side) {
    case 'right':
      x = node.x + node.r + gap;
      y = node.y;
      anchor = 'start';
      box = { x0: x, y0: y - h / 2, x1: x + w, y1: y + h / 2 };
      break;
    case 'left':
      x = node.x - node.r - gap;
      y = node.y;
      anchor = 'end';
      box = { x0: x - w, y0: y - h / 2, x1: x, y1: y + h / 2 };
      break;
    case 'above':
      x = node.x;
      y = node.y - node.r - gap - h / 2;
      anchor = 'middle';
      box = { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 };
      break;
    case 'below':
      x = node.x;
      y = node.y + node.r + gap + h / 2;
      anchor = 'middle';
      box = { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 };
      break;
  }
  return { placement: { text, side, x: round1(x), y: round1(y), anchor }, box };
}

function fits(
  box: Box,
  ownId: string,
  nodes: readonly LabelCandidate[],
  placed: readonly Box[],
  { width, height }: LabelOptions,
): boolean {
  if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) return false;
  if (placed.some((other) => boxesOverlap(box, other))) return false;
  return !nodes.some((node) => node.id !== ownId && circleHitsBox(node, box));
}

/** True when two boxes share more than an edge. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** True when a circle and a box share more than a point. */
export function circleHitsBox(circle: { x: number; y: number; r: number }, box: Box): boolean {
  const nearestX = Math.max(box.x0, Math.min(circle.x, box.x1));
  const nearestY = Math.max(box.y0, Math.min(circle.y, box.y1));
  const dx = circle.x - nearestX;
  const dy = circle.y - nearestY;
  return dx * dx + dy * dy < circle.r * circle.r;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
