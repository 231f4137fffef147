/**
 * Entry of the worker threads started by `runInWorker`: imports the module,
 * calls the function on the input, posts the outcome and raises the done flag.
 */
import { workerData } from 'node:worker_threads';
import type { WorkerOutcome, WorkerTask } from './sync-worker.ts';

const task = workerData as WorkerTask;
const port = task.port;
let outcome: WorkerOutcome;
try {
  const module = (await import(task.module)) as Record<string, unknown>;
  const run = module[task.exportName];
  if (typeof run !== 'function') throw new Error(`expected an exported function "${task.exportName}", got ${typeof run}`);
  outcome = { ok: true, value: run(task.input) };
} catch (error) {
  outcome = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
port.postMessage(outcome);
const flag = new Int32Array(task.done);
Atomics.store(flag, 0, 1);
Atomics.notify(flag, 0);
port.close();
