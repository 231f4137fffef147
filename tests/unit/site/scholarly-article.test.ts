import { describe, expect, test } from 'vitest';
import { scholarlyArticle } from '../../../src/lib/scholarly-article.ts';

const base = { title: 'T', abstract: 'A', url: 'https://x.test/papers/t/', keywords: [] as string[] };

describe('scholarlyArticle', () => {
  test.each([
    [
      'minimal',
      base,
      { '@context': 'https://schema.org', '@type': 'ScholarlyArticle', headline: 'T', name: 'T', abstract: 'A', url: base.url, mainEntityOfPage: base.url },
    ],
    [
      'with keywords, topic and code',
      { ...base, keywords: ['a', 'b c'], topic: 'Vision', codeLinks: ['https://github.com/x/y'] },
      {
        '@context': 'https://schema.org',
        '@type': 'ScholarlyArticle',
        headline: 'T',
        name: 'T',
        abstract: 'A',
        url: base.url,
        mainEntityOfPage: base.url,
        keywords: 'a, b c',
        about: { '@type': 'Thing', name: 'Vision' },
        sameAs: ['https://github.com/x/y'],
      },
    ],
  ])('%s', (_, input, expected) => {
    expect(scholarlyArticle(input)).toEqual(expected);
  });
});
