import { describe, expect, test } from 'vitest';
import { normalisePhrase } from '../../../scripts/lib/enrich/normalise-phrase.ts';
import {
  occurrencePostings,
  PhraseOccurrenceIndex,
  startPhraseOccurrenceIndex,
} from '../../../scripts/lib/enrich/phrase-occurrence-index.ts';

const TEXTS = [
  'Diffusion Models for Images. We train diffusion models on images.',
  'Large Language Models. Language models that are large.',
  'Low-Rank Adaptation. LoRA adapts large language models with low rank updates.',
  'Graph Neural Networks. Message passing on graphs.',
  'Diffusion on graphs. A graph diffusion model.',
];
const PHRASES = ['diffusion model', 'language model', 'large language model', 'graph', 'low rank', 'model', 'absent phrase', 'rank low'];

/** Documents whose normalised text holds the phrase's tokens in a row, by scanning every document. */
function scan(phrase: string): number[] {
  return TEXTS.flatMap((text, id) => (` ${normalisePhrase(text)} `.includes(` ${phrase} `) ? [id] : []));
}

describe('PhraseOccurrenceIndex', () => {
  test('finds the documents a scan finds', () => {
    const index = new PhraseOccurrenceIndex(TEXTS);
    expect(index.size).toBe(TEXTS.length);
    for (const phrase of PHRASES) expect([...index.documentsWith(phrase)]).toEqual(scan(phrase));
  });

  test('answers the same from postings built apart', () => {
    const index = new PhraseOccurrenceIndex(occurrencePostings(TEXTS));
    for (const phrase of PHRASES) expect([...index.documentsWith(phrase)]).toEqual(scan(phrase));
  });

  test('is the same index when built on a worker thread', () => {
    const here = startPhraseOccurrenceIndex(TEXTS, Infinity).result();
    const there = startPhraseOccurrenceIndex(TEXTS, 0).result();
    expect(there.size).toBe(here.size);
    for (const phrase of PHRASES) expect(there.documentsWith(phrase)).toEqual(here.documentsWith(phrase));
  });
});
