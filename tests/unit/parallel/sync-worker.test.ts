import { describe, expect, test } from 'vitest';
import { runInThread, runInWorker } from '../../../scripts/lib/parallel/sync-worker.ts';

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

describe('runInThread', () => {
  test('computes when the result is taken', () => {
    let calls = 0;
    const pending = runInThread(() => ++calls);
    expect(calls).toBe(0);
    expect(pending.result()).toBe(1);
  });
});
