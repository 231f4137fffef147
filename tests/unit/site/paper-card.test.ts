import { describe, expect, it } from 'vitest';
import { paperCard } from '../../../src/lib/paper-card.ts';

const abstract = 'We study sparse attention for long documents. '.repeat(12).trim();
const paper = () => ({
  id: 'sparse-attention',
  data: {
    title: 'Sparse Attention',
    abstractText: abstract,
    keywords: ['sparse attention', 'long documents', 'transformers', 'efficiency', 'benchmarks'].map((label) => ({
      slug: label.replace(/ /g, '-'),
      label,
    })),
  },
});

describe('paperCard', () => {
  it('shows the link, an excerpt of the abstract and the first four keywords by default', () => {
    const card = paperCard(paper());
    expect(card.slug).toBe('sparse-attention');
    expect(card.title).toBe('Sparse Attention');
    expect(card.excerpt.length).toBeLessThanOrEqual(221);
    expect(abstract.startsWith(card.excerpt.replace(/…$/, ''))).toBe(true);
    expect(card.keywords.map((k) => k.label)).toEqual(['sparse attention', 'long documents', 'transformers', 'efficiency']);
  });

  it('carries the paper and keyword page addresses the list links to', () => {
    const card = paperCard(paper());
    expect(card.href).toMatch(/\/papers\/sparse-attention\/$/);
    expect(card.keywords[0]?.href).toMatch(/\/keywords\/sparse-attention\/$/);
  });

  it('hides the excerpt with excerptChars 0 and shows as many chips as asked', () => {
    const card = paperCard(paper(), { excerptChars: 0, chips: 2 });
    expect(card.excerpt).toBe('');
    expect(card.keywords).toHaveLength(2);
  });

  it('makes a card once per paper and shape, so a paper in many lists costs one card', () => {
    const entry = paper();
    expect(paperCard(entry)).toBe(paperCard(entry));
    expect(paperCard(entry, { excerptChars: 0, chips: 3 })).toBe(paperCard(entry, { chips: 3, excerptChars: 0 }));
    expect(paperCard(entry, { excerptChars: 0, chips: 3 })).not.toBe(paperCard(entry));
    // Another entry with equal fields is another paper object: its own card, equal in content.
    const twin = paper();
    expect(paperCard(twin)).not.toBe(paperCard(entry));
    expect(paperCard(twin)).toEqual(paperCard(entry));
  });

  it('is frozen, so a card digested once (digestOnce) cannot change afterwards', () => {
    const card = paperCard(paper());
    expect(Object.isFrozen(card)).toBe(true);
    expect(Object.isFrozen(card.keywords)).toBe(true);
    expect(card.keywords.every((keyword) => Object.isFrozen(keyword))).toBe(true);
  });
});
