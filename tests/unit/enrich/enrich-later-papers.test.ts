import { beforeAll, describe, expect, test } from 'vitest';
import { computeBasis, type Basis } from '../../../scripts/lib/enrich/compute-basis.ts';
import { enrichLaterPapers, enrichLaterText, laterTextKey } from '../../../scripts/lib/enrich/enrich-later-papers.ts';
import type { Paper } from '../../../scripts/lib/model.ts';
import { listDumps, loadPapers } from './helpers/load-dumps.ts';

let basis: Basis;
let later: Paper[];

beforeAll(() => {
  const dumps = listDumps();
  const earlier = loadPapers(dumps.slice(0, 2));
  basis = computeBasis(earlier);
  const known = new Set(earlier.map((p) => p.slug));
  later = loadPapers(dumps).filter((p) => !known.has(p.slug));
}, 120_000);

describe('enrichLaterPapers', () => {
  test('gives each later paper its own text’s enrichment against the basis, and a basis topic or the miscellany', () => {
    const result = enrichLaterPapers(later, basis, 485);
    expect(later.length).toBeGreaterThan(20);
    later.forEach((paper, i) => {
      const alone = enrichLaterText(paper, basis);
      expect(result.paperKeyphrases[i]).toEqual(alone.keyphrases);
      expect(result.vectors[i]).toEqual(alone.vector);
      expect(result.enrichments.get(laterTextKey(paper))).toEqual(alone);
      expect(result.topics[i]).toBeGreaterThanOrEqual(-1);
      expect(result.topics[i]).toBeLessThan(basis.topics.length);
    });
    for (const [key] of result.labels) expect(basis.phrases.has(key)).toBe(false);
  });

  test('gives the same result when a worker thread enriches part of the papers', () => {
    const alone = enrichLaterPapers(later, basis, 485);
    expect(enrichLaterPapers(later, basis, 485, new Map(), 0)).toEqual(alone);
  });

  test('takes the enrichments it is given for papers it knows, and computes only the others', () => {
    const first = enrichLaterPapers(later, basis, 485);
    const planted = new Map(first.enrichments);
    const key = laterTextKey(later[0]!);
    planted.set(key, { ...planted.get(key)!, keyphrases: ['planted keyphrase'] });
    const again = enrichLaterPapers(later, basis, 485, planted);
    expect(again.paperKeyphrases[0]).toEqual(['planted keyphrase']);
    expect(again.paperKeyphrases.slice(1)).toEqual(first.paperKeyphrases.slice(1));
    expect(laterTextKey({ title: 'a', abstractText: 'bc' })).not.toBe(laterTextKey({ title: 'ab', abstractText: 'c' }));
  });
});
