import { describe, expect, test } from 'vitest';
import { extractCandidates } from '../../../scripts/lib/enrich/extract-candidates.ts';
import { normalisePhrase, slugifyPhrase } from '../../../scripts/lib/enrich/normalise-phrase.ts';
import { selectKeyphrases } from '../../../scripts/lib/enrich/select-keyphrases.ts';

describe('normalisePhrase folds variants', () => {
  test.each([
    ['Diffusion Models', 'diffusion model'],
    ['diffusion model', 'diffusion model'],
    ['parameter-efficient fine-tuning', 'parameter efficient fine tuning'],
    ['Parameter Efficient Fine Tuning', 'parameter efficient fine tuning'],
    ['LLMs', 'llm'],
    ['NAS', 'nas'],
    ['biases', 'bias'],
    ['physics-informed neural networks', 'physics informed neural network'],
    ['strategies', 'strategy'],
  ])('%s → %s', (input, expected) => {
    expect(normalisePhrase(input)).toBe(expected);
  });

  test.each([
    ['low rank adaptation', 'low-rank-adaptation'],
    ['zeroth order optimization', 'zeroth-order-optimization'],
    ['schrödinger bridge', 'schrodinger-bridge'],
  ])('slug of %s is %s', (input, expected) => {
    expect(slugifyPhrase(input)).toBe(expected);
  });
});

const ABSTRACTS = [
  {
    title: 'Parameter-Efficient Fine-Tuning of Diffusion Models',
    abstract:
      'We propose a novel method for parameter-efficient fine-tuning of diffusion models. Low-Rank Adaptation (LoRA) reduces the number of trainable parameters. Experiments show that LoRA achieves state-of-the-art performance on image generation with diffusion models.',
  },
  {
    title: 'Neural Architecture Search with Zeroth-Order Optimization',
    abstract:
      'Neural architecture search (NAS) automates network design. We present a zeroth-order optimization approach to NAS and show results on image classification. Our approach uses a diffusion model as a surrogate.',
  },
  {
    title: 'LoRA Adapters for Language Models',
    abstract:
      'Parameter efficient fine tuning with LoRA adapters lets large language models adapt to new tasks. We study low-rank adaptation of language models and zeroth-order optimization of adapters. Image generation results are reported.',
  },
  {
    title: 'Differentiable NAS Revisited',
    abstract:
      'We revisit neural architecture search and differentiable search spaces. Neural-architecture-search methods need image classification benchmarks and trainable parameters.',
  },
];

describe('selectKeyphrases', () => {
  const selection = selectKeyphrases(ABSTRACTS.length, (i) => extractCandidates(ABSTRACTS[i]!.title, ABSTRACTS[i]!.abstract));
  const labels = selection.paperKeyphrases.map((keys) => keys.map((k) => selection.phrases.get(k)!.label));
  const keys = selection.paperKeyphrases;

  test.each(['paper', 'method', 'results', 'propose', 'state of the art', 'experiment', 'performance', 'approach', 'novel', 'novel method'])(
    'never picks the generic %s',
    (generic) => {
      for (const list of keys) expect(list).not.toContain(normalisePhrase(generic));
    },
  );

  test('folds an acronym with its expansion', () => {
    expect(keys[0]).toContain('low rank adaptation');
    expect(keys[0]).not.toContain('lora');
    expect(selection.phrases.get('low rank adaptation')!.label).toBe('Low-Rank Adaptation (LoRA)');
    // Paper 2 never defines LoRA, but the catalogue does, so its `LoRA` folds too.
    expect(keys[2]).toContain('low rank adaptation');
    expect(keys[1]).toContain('neural architecture search');
    expect(keys[1]).not.toContain('nas');
  });

  test('folds plural and singular', () => {
    expect(keys[0]).toContain('diffusion model');
    expect(selection.phrases.get('diffusion model')!.df).toBe(2);
    expect(selection.phrases.get('diffusion model')!.label).toBe('diffusion models');
  });

  test('folds hyphen and space variants', () => {
    expect(selection.phrases.get('parameter efficient fine tuning')!.df).toBe(2);
    expect(selection.phrases.get('neural architecture search')!.df).toBe(2);
    expect(selection.phrases.get('zeroth order optimization')!.df).toBe(2);
  });

  test('gives every paper between 5 and 12 keyphrases', () => {
    for (const list of labels) {
      expect(list.length).toBeGreaterThanOrEqual(5);
      expect(list.length).toBeLessThanOrEqual(12);
    }
  });
});
