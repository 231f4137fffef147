import { expect, test } from 'vitest';
import { decodeTerms, decodeVector, encodeTerms, encodeVector } from '../../../src/lib/similar-codec.ts';
import { buildSimilarIndex } from '../../../src/lib/similar-index.ts';
import { decodeShard, dictionaryOf, queryVector, rankPapers } from '../../../src/lib/similar-score.ts';

test.each([
  [{ ids: [], weights: [] }],
  [{ ids: [0, 1, 2], weights: [1, 0.5, 0.004] }],
  [{ ids: [5, 200, 100_000], weights: [0.2, 0.3, 0.9] }],
])('vectors round-trip with quantised weights: %j', (vector) => {
  const decoded = decodeVector(encodeVector(vector));
  expect(decoded.ids).toEqual(vector.ids);
  decoded.weights.forEach((w, i) => expect(Math.abs(w - vector.weights[i]!)).toBeLessThanOrEqual(1 / 255));
});

test('encoding refuses unsorted ids', () => {
  expect(() => encodeVector({ ids: [3, 2], weights: [1, 1] })).toThrow(/ascending/);
});

test('terms are front-coded and round-trip', () => {
  const terms = ['diffusion', 'diffusion model', 'diffusion model training', 'graph', 'x'.repeat(40), `${'x'.repeat(40)}y`];
  const coded = encodeTerms(terms);
  expect(coded.slice(0, 4)).toEqual(['Adiffusion', 'J model', 'P training', 'Agraph']);
  expect(coded[5]).toBe(`Z${'x'.repeat(15)}y`);
  expect(decodeTerms(coded)).toEqual(terms);
  expect(() => decodeTerms(['Cab'])).toThrow(/prefix letter/);
});

test('a tiny catalogue ranks the paper sharing the most distinctive terms first', () => {
  const paper = (slug: string, abstractText: string) => ({ slug, title: slug, abstractText, keywords: [] });
  const index = buildSimilarIndex(
    [
      paper('a', 'Graph neural networks for molecule property prediction with message passing.'),
      paper('b', 'Message passing graph neural networks scale to large molecule graphs.'),
      paper('c', 'Diffusion models generate images from text prompts with guidance.'),
      paper('d', 'Text prompts steer diffusion models for image editing.'),
      paper('e', 'Reinforcement learning agents explore sparse reward environments.'),
    ],
    { vectorShardSize: 2, titleShardSize: 2 },
  );
  expect(index.vectorShards.map((shard) => shard.start)).toEqual([0, 2, 4]);
  expect(index.titleShards.map((shard) => shard.slugs)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  const dictionary = dictionaryOf(index.terms);
  const shards = index.vectorShards.map((shard) => ({ start: shard.start, vectors: decodeShard(shard.vectors) }));
  const ranked = rankPapers(queryVector('We study diffusion models conditioned on text prompts.', dictionary), shards, 3);
  expect(ranked.map((hit) => hit.index).sort()).toEqual([2, 3]);
  expect(rankPapers(queryVector('nothing in common here at all', dictionary), shards, 3)).toEqual([]);
});
