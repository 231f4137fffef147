/**
 * {@link layoutForPage} over many graphs, split between the calling thread and a
 * worker thread when there are many. A layout depends only on its graph (fixed
 * seed, fixed ticks, no shared state), and graphs and layouts cross threads by
 * structured clone, which keeps every number and key order: the layouts are the
 * same on either thread, in input order.
 */
import type { KeywordGraph } from '../model.ts';
import { runInWorker } from '../parallel/sync-worker.ts';
import { layoutForPage, type LaidOutGraph } from './graph-layout.ts';

/**
 * Fewer graphs than this are laid out on the calling thread: a worker starts up and warms its
 * JIT before it helps, which about cancels its share below this. Measured on the 10k benchmark's
 * topic graphs (~18 ms each): 36 graphs 0.64 s on one thread, 0.54–0.85 s on two; all 161 graphs
 * 2.8 s on one thread, 1.7 s on two (best of 3 on a busy 2-core machine).
 */
export const LAYOUT_WORKER_MIN_GRAPHS = 48;

/** Share of the work (in nodes) given to the worker, which first starts up while the calling thread is already at work. */
const WORKER_SHARE = 0.45;

/** The worker task: {@link layoutForPage} of each graph, in order. */
export function layoutGraphsForPages(graphs: KeywordGraph[]): LaidOutGraph[] {
  return graphs.map(layoutForPage);
}

/**
 * {@link layoutForPage} of every graph, the last graphs (about {@link WORKER_SHARE} of the
 * nodes: a layout's cost grows with its nodes) on a worker thread from `minGraphs` graphs on.
 *
 * @param minGraphs Fewest graphs given a worker (default {@link LAYOUT_WORKER_MIN_GRAPHS}).
 * @returns One layout per graph, in the order of `graphs`.
 */
export function layoutGraphs(graphs: readonly KeywordGraph[], minGraphs = LAYOUT_WORKER_MIN_GRAPHS): LaidOutGraph[] {
  if (graphs.length < minGraphs) return graphs.map(layoutForPage);
  const split = workerSplit(graphs);
  const pending = runInWorker<LaidOutGraph[]>(new URL('./layout-graphs-task.ts', import.meta.url), 'layoutGraphsForPages', graphs.slice(split));
  const head = graphs.slice(0, split).map(layoutForPage);
  return [...head, ...pending.result()];
}

/** Index of the first graph the worker takes: the tail holding {@link WORKER_SHARE} of the nodes. */
function workerSplit(graphs: readonly KeywordGraph[]): number {
  const total = graphs.reduce((sum, graph) => sum + graph.nodes.length, 0);
  let tail = 0;
  let split = graphs.length;
  while (split > 0 && tail + graphs[split - 1]!.nodes.length <= total * WORKER_SHARE) tail += graphs[--split]!.nodes.length;
  return split;
}
