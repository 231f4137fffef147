/** Tasks the sync-worker tests run on worker threads. */

/** Sum of the values and the values doubled. */
export function sumAndDouble(values: Float64Array): { sum: number; doubled: Float64Array } {
  let sum = 0;
  for (const x of values) sum += x;
  return { sum, doubled: values.map((x) => 2 * x) };
}

/** Always throws. */
export function fail(message: string): never {
  throw new Error(`sync worker test failure: ${message}`);
}
