import type { Diagnostic, EnrichedPaper, Topic } from '../model.ts';

/**
 * The catalogue's own invariants, checked on every build: every distinct paper
 * has exactly one entry with a unique slug, belongs to a topic that exists, and
 * is listed by exactly that topic. A break is an error listing the titles.
 *
 * @param expected Distinct papers parsed from the dumps (slug and title).
 * @param papers Enriched papers about to be written.
 * @param topics Topics about to be written.
 */
export function checkCatalogue(
  expected: readonly { slug: string; title: string }[],
  papers: readonly EnrichedPaper[],
  topics: readonly Topic[],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const fail = (message: string) => diagnostics.push({ file: 'catalogue', severity: 'error', message });
  const written = new Map<string, number>();
  for (const paper of papers) written.set(paper.slug, (written.get(paper.slug) ?? 0) + 1);
  const missing = expected.filter((paper) => !written.has(paper.slug));
  if (missing.length > 0) fail(`papers without an entry: ${missing.map((paper) => `"${paper.title}"`).join(', ')}`);
  const doubled = [...written].filter(([, count]) => count > 1).map(([slug]) => slug);
  if (doubled.length > 0) fail(`slugs with more than one entry: ${doubled.join(', ')}`);
  const topicOf = new Map<string, string>();
  for (const topic of topics) for (const slug of topic.papers) topicOf.set(slug, topic.slug);
  const misplaced = papers.filter((paper) => topicOf.get(paper.slug) !== paper.topic);
  if (misplaced.length > 0) {
    fail(`papers whose topic does not list them: ${misplaced.map((paper) => `"${paper.title}"`).join(', ')}`);
  }
  return diagnostics;
}
