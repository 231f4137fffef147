/**
 * {@link layoutForPage} over many graphs, shared between the calling thread and a
 * worker thread when there are many: both take graphs from a shared counter, the
 * largest first, until none are left, so neither waits long for the other. A layout
 * depends only on its graph (fixed seed, fixed ticks, no shared state), and graphs
 * and layouts cross threads by structured clone, which keeps every number and key
 * order: the layouts are the same on either thread, in input order.
 */
import type { KeywordGraph } from '../model.ts';
import { sharedCounter, takeNext } from '../parallel/shared-counter.ts';
import { runInWorker } from '../parallel/sync-worker.ts';
import { layoutForPage, type LaidOutGraph } from './graph-layout.ts';

/**
 * Fewer graphs than this are laid out on the calling thread: a worker starts up and warms its
 * JIT before it helps, which about cancels its share below this. Measured on the 10k benchmark's
 * topic graphs (~18 ms each): 36 graphs 0.64 s on one thread, 0.54–0.85 s on two; all 161 graphs
 * 2.8 s on one thread, 1.7 s on two (best of 3 on a busy 2-core machine).
 */
export const LAYOUT_WORKER_MIN_GRAPHS = 48;

/** Input of {@link layoutClaimedGraphs}. */
export interface LayoutTaskInput {
  graphs: readonly KeywordGraph[];
  /** The order graphs are taken in (indices into `graphs`). */
  order: Int32Array;
  /** The shared counter of positions in `order` taken ({@link claimGraph}). */
  claims: SharedArrayBuffer;
}

/** What {@link layoutClaimedGraphs} laid out: the graphs it took (indices) and their layouts, in the same order. */
export interface LayoutShare {
  indices: Int32Array;
  layouts: LaidOutGraph[];
}

/** The worker task: lays out the graphs it can still take from the shared counter. */
export function layoutClaimedGraphs({ graphs, order, claims }: LayoutTaskInput): LayoutShare {
  const indices: number[] = [];
  const layouts: LaidOutGraph[] = [];
  for (let index = claimGraph(claims, order); index !== undefined; index = claimGraph(claims, order)) {
    indices.push(index);
    layouts.push(layoutForPage(graphs[index]!));
  }
  return { indices: Int32Array.from(indices), layouts };
}

/**
 * {@link layoutForPage} of every graph, shared with a worker thread from `minGraphs` graphs on:
 * the worker starts at once, this thread joins it, and each takes the largest graph left (a
 * layout's cost grows with its nodes) until none are.
 *
 * @param minGraphs Fewest graphs given a worker (default {@link LAYOUT_WORKER_MIN_GRAPHS}).
 * @returns One layout per graph, in the order of `graphs`.
 */
export function layoutGraphs(graphs: readonly KeywordGraph[], minGraphs = LAYOUT_WORKER_MIN_GRAPHS): LaidOutGraph[] {
  if (graphs.length < minGraphs) return graphs.map(layoutForPage);
  const order = Int32Array.from(graphs.keys()).sort((a, b) => graphs[b]!.nodes.length - graphs[a]!.nodes.length || a - b);
  const claims = sharedCounter();
  const pending = runInWorker<LayoutShare>(new URL('./layout-graphs-task.ts', import.meta.url), 'layoutClaimedGraphs', {
    graphs,
    order,
    claims,
  } satisfies LayoutTaskInput);
  const layouts = new Array<LaidOutGraph>(graphs.length);
  for (let index = claimGraph(claims, order); index !== undefined; index = claimGraph(claims, order)) layouts[index] = layoutForPage(graphs[index]!);
  const theirs = pending.result();
  theirs.indices.forEach((index, at) => (layouts[index] = theirs.layouts[at]!));
  return layouts;
}

/** Takes the next graph in `order` from the shared counter `claims`: its index, or `undefined` when none are left. */
export function claimGraph(claims: SharedArrayBuffer, order: Int32Array): number | undefined {
  const position = takeNext(claims);
  return position < order.length ? order[position] : undefined;
}
