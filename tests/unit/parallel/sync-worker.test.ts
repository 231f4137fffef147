import { describe, expect, test } from 'vitest';
import { runInThread, runInWorker, runInWorkerAsync } from '../../../scripts/lib/parallel/sync-worker.ts';

const TASKS = new URL('./helpers/worker-tasks.ts', import.meta.url);

describe('runInWorker', () => {
  test('returns the result of the exported function, typed arrays included', () => {
    const pending = runInWorker<{ sum: number; doubled: Float64Array }>(TASKS, 'sumAndDouble', Float64Array.from([1, 2, 3.5]));
    expect(pending.result()).toEqual({ sum: 6.5, doubled: Float64Array.from([2, 4, 7]) });
  });

  test('runs while the calling thread works, and gives the same result as the calling thread', () => {
    const input = Float64Array.from({ length: 1000 }, (_, i) => i / 7);
    const pending = runInWorker<{ sum: number }>(TASKS, 'sumAndDouble', input);
    let here = 0;
    for (const x of input) here += x;
    expect(pending.result().sum).toBe(here);
  });

  test('throws the error of a failing task', () => {
    expect(() => runInWorker(TASKS, 'fail', 'boom').result()).toThrow(/sync worker test failure: boom/);
  });

  test('throws when the module has no such export', () => {
    expect(() => runInWorker(TASKS, 'missing', null).result()).toThrow(/expected an exported function "missing"/);
  });

  test('gives its result once', () => {
    const pending = runInWorker(TASKS, 'sumAndDouble', new Float64Array(0));
    pending.result();
    expect(() => pending.result()).toThrow(/already taken/);
  });
});

describe('runInWorkerAsync', () => {
  test('resolves to the result while the calling thread runs its event loop', async () => {
    const pending = runInWorkerAsync<{ sum: number; doubled: Float64Array }>(TASKS, 'sumAndDouble', Float64Array.from([1, 2, 3.5]));
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    try {
      expect(await pending).toEqual({ sum: 6.5, doubled: Float64Array.from([2, 4, 7]) });
    } finally {
      clearInterval(timer);
    }
    // The worker loads a module first: the calling thread ran timers meanwhile.
    expect(ticks).toBeGreaterThan(0);
  });

  test('rejects with the error of a failing task, or when the export is missing', async () => {
    await expect(runInWorkerAsync(TASKS, 'fail', 'boom')).rejects.toThrow(/sync worker test failure: boom/);
    await expect(runInWorkerAsync(TASKS, 'missing', null)).rejects.toThrow(/expected an exported function "missing"/);
  });

  test('rejects when the worker cannot start its module', async () => {
    await expect(runInWorkerAsync(new URL('./helpers/no-such-module.ts', import.meta.url), 'run', null)).rejects.toThrow(/no-such-module/);
  });
});

describe('runInThread', () => {
  test('computes when the result is taken', () => {
    let calls = 0;
    const pending = runInThread(() => ++calls);
    expect(calls).toBe(0);
    expect(pending.result()).toBe(1);
  });
});
