/**
 * Papers added per dump, laid out as a bar chart: pure data in, positions out
 * (d3-scale for the axes), so `DumpTimeline.astro` only draws static SVG.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

/** Papers first seen in one dump. */
export interface DumpCount {
  /** Dump id. */
  dump: string;
  /** Papers first seen in it. */
  papers: number;
}

/**
 * How many of `papers` were first seen in each dump, for every dump in order
 * (dumps that added none count 0). A `firstSeen` outside `dumps` is ignored.
 */
export function countByDump(dumps: readonly string[], papers: Iterable<{ firstSeen: string }>): DumpCount[] {
  const counts = new Map(dumps.map((dump) => [dump, 0]));
  for (const paper of papers) {
    const count = counts.get(paper.firstSeen);
    if (count !== undefined) counts.set(paper.firstSeen, count + 1);
  }
  return dumps.map((dump) => ({ dump, papers: counts.get(dump) ?? 0 }));
}

/** Size of the chart in SVG units and its inner margins. */
export interface TimelineOptions {
  width: number;
  height: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Approximate number of y ticks. */
  ticks?: number;
}

/** One bar. */
export interface TimelineBar extends DumpCount {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A labelled tick of an axis. */
export interface TimelineTick {
  /** Position along the axis (x for the dump axis, y for the count axis). */
  at: number;
  label: string;
}

/** What {@link layoutTimeline} returns. */
export interface TimelineLayout {
  width: number;
  height: number;
  /** The plot area. */
  plot: { left: number; top: number; right: number; bottom: number };
  bars: TimelineBar[];
  yTicks: TimelineTick[];
  /** Dump labels, thinned so they do not overlap (every dump keeps its bar and table row). */
  xTicks: TimelineTick[];
}

const DEFAULT_MARGIN = { top: 10, right: 10, bottom: 28, left: 40 };
/** Widest room one x label may take, in SVG units; more dumps than fit are labelled every n-th. */
const X_LABEL_ROOM = 48;

/** Rounds to 0.01 so the markup and exact-value tests do not depend on float noise. */
const r2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * Lays out a bar per dump. The count axis starts at 0 and is `nice()`, with
 * integer ticks only; dump labels are the dump's position (1-based) since ids are long.
 */
export function layoutTimeline(counts: readonly DumpCount[], options: TimelineOptions): TimelineLayout {
  const margin = options.margin ?? DEFAULT_MARGIN;
  const plot = { left: margin.left, top: margin.top, right: options.width - margin.right, bottom: options.height - margin.bottom };
  const max = Math.max(1, ...counts.map((count) => count.papers));
  const y = scaleLinear().domain([0, max]).range([plot.bottom, plot.top]).nice(options.ticks ?? 4);
  const x = scaleBand<string>()
    .domain(counts.map((count) => count.dump))
    .range([plot.left, plot.right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const bars = counts.map((count) => ({
    ...count,
    x: r2(x(count.dump) ?? plot.left),
    y: r2(y(count.papers)),
    width: r2(x.bandwidth()),
    height: r2(plot.bottom - y(count.papers)),
  }));
  const yTicks = y
    .ticks(options.ticks ?? 4)
    .filter((tick) => Number.isInteger(tick))
    .map((tick) => ({ at: r2(y(tick)), label: tick.toLocaleString('en') }));
  const every = Math.max(1, Math.ceil(counts.length / Math.max(1, Math.floor((plot.right - plot.left) / X_LABEL_ROOM))));
  const xTicks = counts.flatMap((count, index) =>
    index % every === 0 ? [{ at: r2((x(count.dump) ?? plot.left) + x.bandwidth() / 2), label: String(index + 1) }] : [],
  );
  return { width: options.width, height: options.height, plot, bars, yTicks, xTicks };
}
