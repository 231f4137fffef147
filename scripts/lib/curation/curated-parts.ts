import type { EnrichedPaper, Keyword, KeywordGraph, Topic } from '../model.ts';

/** The parts of an enriched catalogue that post-enrichment curation rewrites. */
export interface CuratedParts {
  papers: EnrichedPaper[];
  topics: Topic[];
  keywords: Keyword[];
  /** Co-keyword graph of the whole catalogue. */
  graph: KeywordGraph;
}

/**
 * Re-derives what depends on paper topics and keywords after curation moved
 * them: topic paper lists (in catalogue order), topics left empty (dropped),
 * keywords left without papers (dropped), and every reference to a dropped
 * topic or keyword (related topics, topic keyphrases, graph nodes and edges,
 * co-occurring keywords), so no page links to a page that is not built.
 *
 * @param parts Papers in catalogue order and the topics/keywords to fix.
 */
export function rederiveReferences(parts: CuratedParts): CuratedParts {
  const papersOfTopic = Map.groupBy(parts.papers, (paper) => paper.topic);
  const topics = parts.topics
    .map((topic) => ({ ...topic, papers: (papersOfTopic.get(topic.slug) ?? []).map((paper) => paper.slug) }))
    .filter((topic) => topic.papers.length > 0);
  const liveTopics = new Set(topics.map((topic) => topic.slug));

  const order = new Map(parts.papers.map((paper, index) => [paper.slug, index]));
  const papersOfKeyword = new Map<string, string[]>();
  for (const paper of parts.papers) {
    for (const keyword of paper.keywords) {
      const list = papersOfKeyword.get(keyword.slug) ?? [];
      list.push(paper.slug);
      papersOfKeyword.set(keyword.slug, list);
    }
  }
  const keywords = parts.keywords
    .map((keyword) => ({
      ...keyword,
      papers: [...(papersOfKeyword.get(keyword.slug) ?? [])].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
    }))
    .filter((keyword) => keyword.papers.length > 0);
  const liveKeywords = new Set(keywords.map((keyword) => keyword.slug));
  const isLive = (ref: { slug: string }) => liveKeywords.has(ref.slug);
  const pruneGraph = (graph: KeywordGraph): KeywordGraph => ({
    nodes: graph.nodes.filter((node) => liveKeywords.has(node.id)),
    edges: graph.edges.filter((edge) => liveKeywords.has(edge.source) && liveKeywords.has(edge.target)),
  });

  return {
    papers: parts.papers,
    topics: topics
      .map((topic) => ({
        ...topic,
        related: topic.related.filter((slug) => liveTopics.has(slug) && slug !== topic.slug),
        keywords: topic.keywords.filter(isLive),
        graph: pruneGraph(topic.graph),
      }))
      .sort((a, b) => (a.miscellany !== b.miscellany ? (a.miscellany ? 1 : -1) : a.label < b.label ? -1 : a.label > b.label ? 1 : 0)),
    keywords: keywords.map((keyword) => ({ ...keyword, cooccurring: keyword.cooccurring.filter(isLive) })),
    graph: pruneGraph(parts.graph),
  };
}
