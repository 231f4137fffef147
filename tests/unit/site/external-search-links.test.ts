import { describe, expect, test } from 'vitest';
import { externalSearchLinks } from '../../../src/lib/external-search-links.ts';

describe('externalSearchLinks', () => {
  test.each([
    [
      'Attention Is All You Need',
      [
        'https://arxiv.org/search/?query=Attention+Is+All+You+Need&searchtype=title',
        'https://huggingface.co/papers?q=Attention+Is+All+You+Need',
        'https://www.semanticscholar.org/search?q=Attention+Is+All+You+Need',
      ],
    ],
    [
      'A&B #1: "quotes" / 50% ≈ μP?',
      [
        'https://arxiv.org/search/?query=A%26B+%231%3A+%22quotes%22+%2F+50%25+%E2%89%88+%CE%BCP%3F&searchtype=title',
        'https://huggingface.co/papers?q=A%26B+%231%3A+%22quotes%22+%2F+50%25+%E2%89%88+%CE%BCP%3F',
        'https://www.semanticscholar.org/search?q=A%26B+%231%3A+%22quotes%22+%2F+50%25+%E2%89%88+%CE%BCP%3F',
      ],
    ],
    ['  padded  ', ['https://arxiv.org/search/?query=padded&searchtype=title', 'https://huggingface.co/papers?q=padded', 'https://www.semanticscholar.org/search?q=padded']],
  ])('%j', (title, expected) => {
    const links = externalSearchLinks(title);
    expect(links.map((link) => link.site)).toEqual(['arXiv', 'Hugging Face', 'Semantic Scholar']);
    expect(links.map((link) => link.href)).toEqual(expected);
  });

  test.each(['x&searchtype=all', 'x#frag', 'x?y=z'])('a title never adds parameters or fragments: %j', (title) => {
    for (const { href } of externalSearchLinks(title)) {
      const url = new URL(href);
      expect(url.hash).toBe('');
      expect(url.searchParams.get('q') ?? url.searchParams.get('query')).toBe(title);
    }
  });
});
