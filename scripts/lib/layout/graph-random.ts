/**
 * A seeded pseudo-random source for d3-force's `randomSource`.
 *
 * Same constants as d3-force's own LCG (Numerical Recipes), so a layout
 * depends only on the seed, never on `Math.random` or the run.
 *
 * @param seed Any integer; equal seeds give equal sequences.
 * @returns A function returning numbers in [0, 1).
 */
export function createSeededRandom(seed: number): () => number {
  const a = 1664525;
  const c = 1013904223;
  const m = 4294967296; // 2^32
  let state = (Math.trunc(seed) >>> 0) % m;
  return () => {
    state = (a * state + c) % m;
    return state / m;
  };
}
