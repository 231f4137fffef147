import { describe, expect, test } from 'vitest';
import { basisKey } from '../../../scripts/lib/enrich/basis-key.ts';

const papers = [
  { slug: 'a', title: 'Alpha', abstractText: 'About alpha.' },
  { slug: 'b', title: 'Beta', abstractText: 'About beta.' },
];
const seed = { topics: [{ slug: 't', label: 'T', papers: ['a', 'b'] }] };

describe('basisKey', () => {
  test('is the same for the same papers and seed', () => {
    expect(basisKey(papers, seed)).toBe(basisKey(structuredClone(papers), structuredClone(seed)));
  });

  test.each([
    ['a title', [{ ...papers[0]!, title: 'Alpha 2' }, papers[1]!], seed],
    ['an abstract', [papers[0]!, { ...papers[1]!, abstractText: 'About beta, longer.' }], seed],
    ['the order of the papers', [papers[1]!, papers[0]!], seed],
    ['a paper fewer', [papers[0]!], seed],
    ['a seed label', papers, { topics: [{ slug: 't', label: 'U', papers: ['a', 'b'] }] }],
    ['the order of a seed topic’s papers', papers, { topics: [{ slug: 't', label: 'T', papers: ['b', 'a'] }] }],
    ['a seed topic without basis papers', papers, { topics: [...seed.topics, { slug: 'u', label: 'U', papers: ['z'] }] }],
    ['no seed', papers, undefined],
  ])('changes with %s', (_, otherPapers, otherSeed) => {
    expect(basisKey(otherPapers, otherSeed)).not.toBe(basisKey(papers, seed));
  });

  test('ignores what the computation ignores: seed papers outside the basis, the order of seed topics', () => {
    const withOutsider = { topics: [{ slug: 't', label: 'T', papers: ['a', 'x', 'b'] }] };
    expect(basisKey(papers, withOutsider)).toBe(basisKey(papers, seed));
    const two = [
      { slug: 'u', label: 'U', papers: [] },
      { slug: 't', label: 'T', papers: ['a', 'b'] },
    ];
    expect(basisKey(papers, { topics: two })).toBe(basisKey(papers, { topics: [...two].reverse() }));
  });

  test('does not confuse field boundaries', () => {
    const joined = [{ slug: 'a', title: 'AlphaAbout', abstractText: ' alpha.' }, papers[1]!];
    expect(basisKey(joined, seed)).not.toBe(basisKey(papers, seed));
  });
});
