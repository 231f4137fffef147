import { describe, expect, test } from 'vitest';
import { npmiCoherence, npmiFromOccurrences, pairNpmi } from '../../../scripts/lib/enrich/npmi-coherence.ts';

describe('pairNpmi', () => {
  test.each([
    // p(i)=p(j)=p(ij)=1/2 → log(2)/log(2) = 1
    { a: [0, 1], b: [0, 1], n: 4, expected: 1 },
    // never together → -1
    { a: [0], b: [1], n: 4, expected: -1 },
    // independent: p(i)=p(j)=1/2, p(ij)=1/4 → 0
    { a: [0, 1], b: [0, 2], n: 4, expected: 0 },
    // both in every document → 1
    { a: [0, 1], b: [0, 1], n: 2, expected: 1 },
    // p(i)=3/4, p(j)=1/4, p(ij)=1/4 → log(4/3)/log(4)
    { a: [0, 1, 2], b: [2], n: 4, expected: Math.log(4 / 3) / Math.log(4) },
  ])('$a with $b over $n docs', ({ a, b, n, expected }) => {
    expect(pairNpmi(a, b, n)).toBeCloseTo(expected, 12);
  });
});

describe('npmiCoherence', () => {
  const docs = ['diffusion model sampling', 'diffusion model guidance', 'language model', 'protein folding'];
  test.each([
    { phrases: ['diffusion model', 'sampling'], expected: Math.log(2) / Math.log(4) },
    { phrases: ['diffusion model', 'protein folding'], expected: -1 },
    // pairs: (dm, model) = log(1/(1/2·3/4))/log 2 = log(8/3)/log2 … averaged with the two others
    {
      phrases: ['diffusion model', 'model', 'guidance'],
      expected:
        (Math.log(0.5 / (0.5 * 0.75)) / -Math.log(0.5) +
          Math.log(0.25 / (0.5 * 0.25)) / -Math.log(0.25) +
          Math.log(0.25 / (0.75 * 0.25)) / -Math.log(0.25)) /
        3,
    },
    { phrases: ['model'], expected: 0 },
    // `model` must match whole tokens: `diffusion model` is not in `diffusion models`
    { phrases: ['diffusion model', 'folding'], expected: -1 },
  ])('$phrases', ({ phrases, expected }) => {
    expect(npmiCoherence(phrases, docs)).toBeCloseTo(expected, 12);
  });

  test('npmiFromOccurrences averages over pairs', () => {
    expect(npmiFromOccurrences([[0, 1], [0, 1], [2]], 4)).toBeCloseTo((1 - 1 - 1) / 3, 12);
  });
});
