/**
 * A counter threads share to take work one piece at a time: each value is taken by exactly one
 * thread, whichever asks first, so threads that started at different times still finish together.
 * It crosses to a worker thread in its input (a `SharedArrayBuffer` is shared, not copied).
 */

/** A new shared counter, at 0. */
export function sharedCounter(): SharedArrayBuffer {
  return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
}

/** The counter's next value (0, 1, 2, … across all threads that share it). */
export function takeNext(counter: SharedArrayBuffer): number {
  return Atomics.add(new Int32Array(counter), 0, 1);
}
