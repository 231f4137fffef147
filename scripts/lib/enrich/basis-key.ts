/**
 * The identity of a basis computation: a digest of everything {@link computeBasis} reads — the
 * basis papers' slugs and texts, in order, and the seed topics as they bear on those papers (a
 * seed topic's papers outside the basis are ignored by the computation, so they are left out
 * here; topics left with no basis paper still count, since their slugs stay taken). Equal keys
 * mean equal bases, so a basis kept under its key can stand in for computing it.
 */
import { createHash } from 'node:crypto';
import type { Paper } from '../model.ts';
import type { TopicSeed } from './compute-basis.ts';

/** Version of the key's own layout; part of every key. */
const KEY_LAYOUT = 'basis-key/1';

/** The key of {@link computeBasis}`(papers, seed)`. */
export function basisKey(papers: readonly Pick<Paper, 'slug' | 'title' | 'abstractText'>[], seed: TopicSeed | undefined): string {
  const hash = createHash('sha256');
  const field = (value: string) => hash.update(`${value.length}:${value}`);
  field(KEY_LAYOUT);
  field(String(papers.length));
  for (const paper of papers) {
    field(paper.slug);
    field(paper.title);
    field(paper.abstractText);
  }
  const inBasis = new Set(papers.map((paper) => paper.slug));
  const topics = [...(seed?.topics ?? [])].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  field(String(topics.length));
  for (const topic of topics) {
    field(topic.slug);
    field(topic.label);
    const members = topic.papers.filter((slug) => inBasis.has(slug));
    field(String(members.length));
    for (const slug of members) field(slug);
  }
  return hash.digest('hex');
}
