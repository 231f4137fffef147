import { describe, expect, test } from 'vitest';
import { candidateCompactor, surfaceCollector } from '../../../scripts/lib/enrich/keyphrase-passes-task.ts';
import { extractCandidates } from '../../../scripts/lib/enrich/extract-candidates.ts';
import { collectSurfaces, mergeSurfaces, selectKeyphrases } from '../../../scripts/lib/enrich/select-keyphrases.ts';
import { loadPapers } from './helpers/load-dumps.ts';

const papers = loadPapers().slice(0, 200);
const extract = (i: number) => extractCandidates(papers[i]!.title, papers[i]!.abstractText);

describe('keyphrase passes split across threads', () => {
  test('pick the same keyphrases, terms and labels as both passes on the calling thread', () => {
    const alone = selectKeyphrases(papers.length, extract);
    const split = selectKeyphrases(papers.length, extract, surfaceCollector(papers, 0), candidateCompactor(papers, 0));
    expect(split.paperKeyphrases).toEqual(alone.paperKeyphrases);
    expect(split.paperTerms).toEqual(alone.paperTerms);
    expect([...split.phrases]).toEqual([...alone.phrases]);
  });

  test('the counting pass gives every paper in order, keys through the intern function', () => {
    const seen: string[] = [];
    const compacted = candidateCompactor(papers, 0)((key) => (seen.push(key), key));
    expect(compacted).toHaveLength(papers.length);
    expect(compacted.map((c) => c.keys)).toEqual(papers.map((p) => [...extractCandidates(p.title, p.abstractText).candidates.keys()]));
    expect(seen).toHaveLength(compacted.reduce((sum, c) => sum + c.keys.length, 0));
  });

  test('adds the counts of two halves into those of the whole', () => {
    const query = { chosenByJoined: new Map([['diffusionmodel', 'diffusion model'], ['llm', 'llm']]), globalLong: new Map<string, string>() };
    const whole = collectSurfaces(extract, 0, papers.length, query);
    const halves = mergeSurfaces(collectSurfaces(extract, 0, 90, query), collectSurfaces(extract, 90, papers.length, query));
    expect(new Map([...halves].map(([key, forms]) => [key, new Map([...forms].sort())]))).toEqual(
      new Map([...whole].map(([key, forms]) => [key, new Map([...forms].sort())])),
    );
  });
});
