import { describe, expect, test } from 'vitest';
import { emitPaper } from '../../../scripts/lib/emit/emit-paper.ts';
import { emitPaperList, emitPapers, paperDigest } from '../../../scripts/lib/emit/emit-papers.ts';
import { makePaper } from './helpers/make-paper.ts';

const papers = Array.from({ length: 40 }, (_, i) =>
  makePaper(`Paper ${i}: yes, no and 1:20`, [
    { type: 'text', value: `Abstract ${i} with ` },
    { type: 'math', value: `x_${i}` },
    { type: 'emphasis', value: 'import this' },
  ], { slug: `paper-${i}`, related: [{ slug: `paper-${(i + 1) % 40}`, score: i / 40 }] }),
);

describe('emitPapers', () => {
  test('emits each paper in order on the calling thread', () => {
    expect(emitPaperList(papers)).toEqual(papers.map(emitPaper));
    expect(emitPapers(papers)).toEqual(papers.map(emitPaper));
  });

  test('gives the same texts, in order, when a worker thread emits part of them', () => {
    expect(emitPapers(papers, 0)).toEqual(papers.map(emitPaper));
  });

  test('a paper with any field changed has another digest', () => {
    const paper = papers[0]!;
    expect(paperDigest(structuredClone(paper))).toBe(paperDigest(paper));
    expect(paperDigest({ ...paper, related: [] })).not.toBe(paperDigest(paper));
    expect(paperDigest({ ...paper, keywords: [{ slug: 'x', label: 'X' }] })).not.toBe(paperDigest(paper));
    expect(paperDigest({ ...paper, topic: 'other' })).not.toBe(paperDigest(paper));
  });

  test('emits nothing for no papers', () => {
    expect(emitPapers([], 0)).toEqual([]);
  });
});
