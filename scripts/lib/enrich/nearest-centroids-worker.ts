/**
 * Helper thread of `nearestCentroids`: waits for each step (assign or rank),
 * takes chunks of papers until none is left, reports how many moved.
 */
import { workerData } from 'node:worker_threads';
import { assignRange, CHUNK, CONTROL, rankRange, scratchRows, STEP_RANK, type NearestWorkerData, type ScoreRows } from './nearest-centroids.ts';

const { vectors, start, cluster, weight, assignment, scores: kept, only: onlyClusters, ranked, rankedLengths, control } = workerData as NearestWorkerData;
let seen = 0;
try {
  for (;;) {
    Atomics.wait(control, CONTROL.step, seen);
    const step = Atomics.load(control, CONTROL.step);
    if (step < 0) break;
    if (step === seen) continue;
    seen = step;
    const k = control[CONTROL.k]!;
    const postings = control[CONTROL.postings]!;
    const n = control[CONTROL.papers]!;
    const index = { k, start, cluster: cluster.subarray(0, postings), weight: weight.subarray(0, postings) };
    const mode = control[CONTROL.mode]!;
    const count = control[CONTROL.count]!;
    const stride = control[CONTROL.stride]!;
    const onlyCount = control[CONTROL.onlyCount]!;
    const rows: ScoreRows = stride > 0 ? { values: kept, stride } : scratchRows(k);
    const only = onlyCount >= 0 ? onlyClusters.subarray(0, onlyCount) : undefined;
    let changed = 0;
    for (let chunk = Atomics.add(control, CONTROL.nextChunk, 1); chunk * CHUNK < n; chunk = Atomics.add(control, CONTROL.nextChunk, 1)) {
      const from = chunk * CHUNK;
      const to = Math.min(n, (chunk + 1) * CHUNK);
      if (mode === STEP_RANK) rankRange(vectors, index, count, from, to, rows, ranked, rankedLengths, only);
      else changed += assignRange(vectors, index, assignment, from, to, rows, only);
    }
    control[CONTROL.changed] = changed;
    Atomics.store(control, CONTROL.doneStep, step);
    Atomics.notify(control, CONTROL.doneStep);
  }
} catch (error) {
  console.error(error);
  Atomics.store(control, CONTROL.failed, 1);
  Atomics.notify(control, CONTROL.doneStep);
}
