/**
 * Runs one function of a module on a worker thread while the calling thread
 * goes on. `runInWorker` waits for its result synchronously (`Atomics.wait`), so
 * the pipeline's stages stay plain synchronous functions; `runInWorkerAsync`
 * gives a promise, for a thread that must stay responsive meanwhile. The
 * function's input and result cross threads by structured clone: keep them to
 * plain data and typed arrays.
 */
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** A task started by {@link runInWorker}. */
export interface PendingTask<T> {
  /** Blocks until the task has finished; returns its result or throws its error. */
  result(): T;
}

/** What the worker entry posts back. */
export type WorkerOutcome = { ok: true; value: unknown } | { ok: false; error: string };

/** What the worker entry receives as `workerData`. */
export interface WorkerTask {
  /** `file://` URL of the module. */
  module: string;
  /** Name of the exported function to call with `input`. */
  exportName: string;
  input: unknown;
  /** One Int32 slot, set to 1 once the outcome is posted. */
  done: SharedArrayBuffer;
  /** Where the outcome is posted. */
  port: MessagePort;
}

/** Longest wait for a worker before giving up, in milliseconds. */
const WAIT_LIMIT_MS = 30 * 60 * 1000;

/**
 * Starts `module`'s exported function `exportName` on `input` in a new worker thread.
 *
 * @param module URL of the module (e.g. `new URL('./task.ts', import.meta.url)`).
 * @param exportName Exported function `(input) => result`, pure and synchronous.
 * @param input Structured-cloneable input, copied to the worker now.
 * @returns The pending task; call `result()` once, when the result is needed.
 */
export function runInWorker<T>(module: URL, exportName: string, input: unknown): PendingTask<T> {
  const done = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  const task: WorkerTask = { module: module.href, exportName, input, done, port: port2 };
  const worker = new Worker(new URL('./sync-worker-entry.ts', import.meta.url), { workerData: task, transferList: [port2] });
  let settled = false;
  return {
    result(): T {
      if (settled) throw new Error(`Worker task ${exportName}: result() was already taken`);
      settled = true;
      const flag = new Int32Array(done);
      try {
        if (Atomics.wait(flag, 0, 0, WAIT_LIMIT_MS) === 'timed-out') {
          throw new Error(`Worker task ${exportName} of ${module.href}: no result after ${WAIT_LIMIT_MS / 60000} minutes`);
        }
        const outcome = receiveMessageOnPort(port1)?.message as WorkerOutcome | undefined;
        if (outcome === undefined) throw new Error(`Worker task ${exportName} of ${module.href}: finished without a result`);
        if (!outcome.ok) throw new Error(`Worker task ${exportName} of ${module.href} failed: ${outcome.error}`);
        return outcome.value as T;
      } finally {
        port1.close();
        void worker.terminate();
      }
    },
  };
}

/**
 * {@link runInWorker}, awaited instead of taken: the calling thread's event loop goes on while the
 * worker runs.
 *
 * @returns The function's result; rejects with its error, or when the worker stops without one.
 */
export function runInWorkerAsync<T>(module: URL, exportName: string, input: unknown): Promise<T> {
  const { port1, port2 } = new MessageChannel();
  const task: WorkerTask = { module: module.href, exportName, input, done: new SharedArrayBuffer(4), port: port2 };
  const worker = new Worker(new URL('./sync-worker-entry.ts', import.meta.url), { workerData: task, transferList: [port2] });
  const failure = (reason: string) => new Error(`Worker task ${exportName} of ${module.href} ${reason}`);
  let settled = false;
  return new Promise<T>((resolve, reject) => {
    const settle = (outcome: WorkerOutcome) => {
      settled = true;
      if (outcome.ok) resolve(outcome.value as T);
      else reject(failure(`failed: ${outcome.error}`));
    };
    port1.once('message', settle);
    worker.once('error', (error) => {
      settled = true;
      reject(failure(`failed: ${error.message}`));
    });
    // The outcome is posted before the thread ends, but the two events may arrive in either order.
    worker.once('exit', (code) => {
      if (settled) return;
      const posted = receiveMessageOnPort(port1)?.message as WorkerOutcome | undefined;
      if (posted) settle(posted);
      else reject(failure(`stopped (exit code ${code}) without a result`));
    });
  }).finally(() => port1.close());
}

/** A task computed on the calling thread, when it is not worth a worker; computed when its result is taken. */
export function runInThread<T>(compute: () => T): PendingTask<T> {
  return { result: compute };
}
