import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import type { PaperExport } from '../../../src/lib/export-schema.ts';
import { paperSearchDocument, topicSearchDocument } from '../../../scripts/lib/search/search-documents.ts';
import { SEARCH_FILTERS } from '../../../src/lib/search-options.ts';

const hostile = '</h1><script>alert(1)</script> & "q"';
const paper = (codeLinks: string[]): PaperExport => ({
  slug: 'a-paper',
  url: 'https://example.org/papers/a-paper/',
  title: `Title ${hostile}`,
  abstract: `Abstract ${hostile}`,
  topic: { slug: 't', label: 'Topic <b>' },
  keywords: [
    { slug: 'k1', label: 'first <kw>' },
    { slug: 'k2', label: 'second' },
  ],
  related: [],
  codeLinks,
  dumps: ['d1', 'd2'],
  firstSeen: 'd1',
});

/** Text of every element carrying `attribute` (as hast names it) with `value`. */
function textsOf(html: string, attribute: string, value: string): string[] {
  const found: string[] = [];
  const walk = (node: { type: string; properties?: Record<string, unknown>; children?: unknown[]; value?: string }): void => {
    if (node.type === 'element' && node.properties?.[attribute] === value) found.push(text(node));
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  const text = (node: { type: string; value?: string; children?: unknown[] }): string =>
    node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map((child) => text(child as typeof node)).join('');
  walk(fromHtml(html) as never);
  return found;
}

describe('paperSearchDocument', () => {
  test('carries the fields the search page reads, with catalogue text as text, never markup', () => {
    const { url, html } = paperSearchDocument(paper(['https://github.com/x/y']));
    expect(url).toBe('/papers/a-paper/');
    expect(html).not.toContain('<script>');
    expect(textsOf(html, 'dataPagefindMeta', 'title')).toEqual([`Title ${hostile}`]);
    expect(textsOf(html, 'dataPagefindMeta', 'abstract')).toEqual([`Abstract ${hostile}`]);
    expect(textsOf(html, 'dataPagefindMeta', 'code_links')).toEqual(['https://github.com/x/y']);
    expect(textsOf(html, 'dataPagefindFilter', 'topic')).toEqual(['Topic <b>']);
    expect(textsOf(html, 'dataPagefindFilter', 'keyword')).toEqual(['first <kw>', 'second']);
    expect(textsOf(html, 'dataPagefindFilter', 'dump')).toEqual(['d1', 'd2']);
    expect(textsOf(html, 'dataPagefindFilter', 'code')).toEqual(['yes']);
  });

  test('carries exactly the filters the search page reads from and writes to its address', () => {
    const { html } = paperSearchDocument(paper(['https://github.com/x/y']));
    const names = [...html.matchAll(/data-pagefind-filter="([^"]+)"/g)].map((match) => match[1]);
    expect([...new Set(names)].sort()).toEqual([...SEARCH_FILTERS].sort());
  });

  test('a paper without code links has the "no" code filter and no code metadata', () => {
    const { html } = paperSearchDocument(paper([]));
    expect(textsOf(html, 'dataPagefindFilter', 'code')).toEqual(['no']);
    expect(textsOf(html, 'dataPagefindMeta', 'code_links')).toEqual([]);
  });
});

describe('topicSearchDocument', () => {
  test('is the topic label as title with its keyphrases', () => {
    const { url, html } = topicSearchDocument({ slug: 'diffusion', label: 'Diffusion <Models>', keywords: [{ slug: 'k', label: 'score matching' }] });
    expect(url).toBe('/topics/diffusion/');
    expect(textsOf(html, 'dataPagefindMeta', 'title')).toEqual(['Diffusion <Models>']);
    expect(html).toContain('score matching');
  });
});
