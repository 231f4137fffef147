import type { Diagnostic, Topic } from '../model.ts';
import { rederiveReferences, type CuratedParts } from './curated-parts.ts';
import { CURATION_FILE, type PinRule, type TopicRule } from './parse-curation.ts';

/** Result of {@link applyTopicCuration}. */
export interface TopicCuration extends CuratedParts {
  diagnostics: Diagnostic[];
}

/**
 * The curation rules on topics, applied after enrichment: fixed slugs and new
 * labels first, then papers pinned to topics; paper lists, empty topics and
 * related-topic links are re-derived.
 *
 * A topic rule names the topic by the slug the enrich stage gives it. Once a
 * fixed slug is published the enrich stage continues it, so a rule whose slug
 * is already the topic's slug is applied as is (not an unknown topic). A pin
 * may name a topic by its old or its fixed slug.
 *
 * @param parts The enriched catalogue.
 * @param topicRules Topic rules (label, slug), each with its line.
 * @param pins Pins of published papers, each with its line.
 */
export function applyTopicCuration(parts: CuratedParts, topicRules: readonly TopicRule[], pins: readonly PinRule[]): TopicCuration {
  if (topicRules.length === 0 && pins.length === 0) return { ...parts, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, message: string) => diagnostics.push({ file: CURATION_FILE, line, severity: 'error', message });
  const bySlug = new Map(parts.topics.map((topic) => [topic.slug, topic]));
  const renamed = new Map<string, string>();
  const relabelled = new Map<string, string>();
  for (const rule of topicRules) {
    const topic = bySlug.get(rule.topic) ?? (rule.slug === undefined ? undefined : bySlug.get(rule.slug));
    if (topic === undefined) {
      error(rule.line, `cannot curate topic "${rule.topic}": no topic has that slug (topics: ${[...bySlug.keys()].join(', ')})`);
      continue;
    }
    if (rule.slug !== undefined && rule.slug !== topic.slug) {
      if (bySlug.has(rule.slug)) {
        error(rule.line, `cannot give topic "${topic.slug}" the slug "${rule.slug}": another topic has it`);
        continue;
      }
      renamed.set(topic.slug, rule.slug);
    }
    if (rule.label !== undefined) relabelled.set(topic.slug, rule.label);
  }
  const slugOf = (slug: string) => renamed.get(slug) ?? slug;
  const topics: Topic[] = parts.topics.map((topic) => ({
    ...topic,
    slug: slugOf(topic.slug),
    label: relabelled.get(topic.slug) ?? topic.label,
    related: topic.related.map(slugOf),
  }));
  const live = new Set(topics.map((topic) => topic.slug));
  const pinned = new Map<string, string>();
  for (const pin of pins) {
    const topic = slugOf(pin.topic);
    if (!live.has(topic)) error(pin.line, `cannot pin "${pin.paper}" to "${pin.topic}": no topic has that slug`);
    else pinned.set(pin.paper, topic);
  }
  const papers = parts.papers.map((paper) => {
    const topic = pinned.get(paper.slug) ?? slugOf(paper.topic);
    return topic === paper.topic ? paper : { ...paper, topic };
  });
  return { ...rederiveReferences({ ...parts, papers, topics }), diagnostics };
}
