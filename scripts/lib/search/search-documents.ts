/**
 * The documents the search index is built from: one small HTML document per paper and per
 * topic, made from the published catalogue (`/papers.json`, `/topics.json`) as hast trees
 * and serialised, so catalogue text is always escaped. Pure.
 *
 * Why not the built pages: made from the content, the index no longer waits for `astro build`
 * and is built while the pages render (docs/PERFORMANCE.md). Indexing itself costs about the
 * same (10k papers, quiet machine: 17.7 s from the built pages, 17.3 s from these documents
 * including reading the content). The fields are the pages' own: the title as a heading
 * (Pagefind weights headings), the abstract and keywords as the searchable body, `title`,
 * `abstract` and `code_links` metadata and `topic`, `keyword`, `code`, `dump` filters, as the
 * search page reads them.
 */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { PaperExport, TopicExport } from '../../../src/lib/export-schema.ts';
import { paperPath, topicPath } from '../../../src/lib/routes.ts';
import type { CatalogueExports } from '../../../src/lib/site-data-files.ts';

/** One record of the search index. */
export interface SearchDocument {
  /** Site-relative URL without the base (the search page adds it), e.g. `/papers/x/`. */
  url: string;
  /** A complete HTML document for Pagefind. */
  html: string;
  /** For a paper, the dump it was first seen in (search index parts follow dumps); none for a topic. */
  group?: string;
}

/** Every paper's document (in `papers.json` order), then every topic's. */
export function searchDocuments({ papers, topics }: CatalogueExports): SearchDocument[] {
  return [...papers.papers.map(paperSearchDocument), ...topics.topics.map(topicSearchDocument)];
}

/** The search document of a paper. */
export function paperSearchDocument(paper: PaperExport): SearchDocument {
  const body: Element[] = [
    h('div', { dataPagefindBody: '' }, [
      h('p', [h('span', { dataPagefindFilter: 'topic' }, paper.topic.label)]),
      h('h1', { dataPagefindMeta: 'title' }, paper.title),
      h('p', paper.abstract),
      ...(paper.keywords.length > 0
        ? [h('ul', paper.keywords.map((keyword) => h('li', { dataPagefindFilter: 'keyword' }, keyword.label)))]
        : []),
    ]),
    // Metadata for the search page's "Download results", outside the body so not searched twice.
    h('span', { hidden: true, dataPagefindMeta: 'abstract' }, paper.abstract),
    ...(paper.codeLinks.length > 0 ? [h('span', { hidden: true, dataPagefindMeta: 'code_links' }, paper.codeLinks.join(' '))] : []),
    h('span', { hidden: true, dataPagefindFilter: 'code' }, paper.codeLinks.length > 0 ? 'yes' : 'no'),
    ...paper.dumps.map((dump) => h('span', { hidden: true, dataPagefindFilter: 'dump' }, dump)),
  ];
  return { url: paperPath(paper.slug), html: documentHtml(paper.title, body), group: paper.firstSeen };
}

/** The search document of a topic: its label and top keyphrases. */
export function topicSearchDocument(topic: Pick<TopicExport, 'slug' | 'label' | 'keywords'>): SearchDocument {
  const body: Element[] = [
    h('div', { dataPagefindBody: '' }, [
      h('p', 'Topic'),
      h('h1', { dataPagefindMeta: 'title' }, topic.label),
      ...(topic.keywords.length > 0 ? [h('ul', topic.keywords.map((keyword) => h('li', keyword.label)))] : []),
    ]),
  ];
  return { url: topicPath(topic.slug), html: documentHtml(topic.label, body) };
}

function documentHtml(title: string, body: Element[]): string {
  return toHtml(h('html', { lang: 'en' }, [h('head', [h('meta', { charSet: 'utf-8' }), h('title', title)]), h('body', body)]));
}
