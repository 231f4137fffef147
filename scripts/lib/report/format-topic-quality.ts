import type { Topic, TopicQuality } from '../model.ts';
import { formatTable } from './format-table.ts';

/**
 * Topic quality printed by every build: per topic its size and NPMI, then the overall figures.
 *
 * @param topics Topics of the catalogue.
 * @param quality Overall figures.
 */
export function formatTopicQuality(topics: readonly Topic[], quality: TopicQuality): string {
  const total = topics.reduce((sum, topic) => sum + topic.papers.length, 0) || 1;
  const rows = [...topics]
    .sort((a, b) => b.papers.length - a.papers.length || (a.slug < b.slug ? -1 : 1))
    .map((topic) => [
      topic.slug,
      topic.papers.length,
      `${((100 * topic.papers.length) / total).toFixed(1)}%`,
      topic.miscellany ? '-' : topic.npmi.toFixed(3),
      topic.label,
    ]);
  const table = formatTable(['topic', 'papers', 'share', 'npmi', 'label'], rows);
  return `${table}\n${quality.topics} topics, mean NPMI ${quality.meanNpmi.toFixed(3)}, diversity ${quality.diversity.toFixed(3)}`;
}
