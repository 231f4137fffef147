import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCatalogue, type CatalogueBuild } from '../../../scripts/lib/build-catalogue.ts';
import type { DumpFile, EnrichedPaper } from '../../../scripts/lib/model.ts';
import type { Catalogue } from '../../../scripts/lib/write/catalogue-files.ts';
import type { CatalogueState } from '../../../scripts/lib/write/read-catalogue-state-fs.ts';

// A small real catalogue: the first 60 records of the first default dump, split in two dumps.
const lines = readFileSync(path.resolve(import.meta.dirname, '../../../content/dumps/000_204173092b44c16c.txt'), 'utf8').split('\n');
const dumps: DumpFile[] = [
  { name: '000_a.txt', bytes: new TextEncoder().encode(lines.slice(0, 63).join('\n')) },
  { name: '001_b.txt', bytes: new TextEncoder().encode(lines.slice(63, 123).join('\n')) },
];

/** What the pipeline would read back from `content/` after writing `catalogue`. */
function stateOf(catalogue: Catalogue, curation?: string): CatalogueState {
  const slim = (list: readonly { slug: string; label: string; papers: string[] }[]) => list.map(({ slug, label, papers }) => ({ slug, label, papers }));
  return {
    registry: catalogue.registry,
    previous: { topics: slim(catalogue.topics) },
    published: { topics: slim(catalogue.topics), keywords: slim(catalogue.keywords) },
    redirects: [...(catalogue.redirects ?? [])],
    curation,
  };
}
const errorsOf = (build: CatalogueBuild) => build.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
const paper = (build: CatalogueBuild, slug: string) => build.catalogue.papers.find((candidate) => candidate.slug === slug);

describe('curation rules, applied on every build', () => {
  let plain: CatalogueBuild;
  let p: EnrichedPaper[];
  let topicA: string;
  let topicB: string;
  let curation: string;
  let first: CatalogueBuild;
  let second: CatalogueBuild;

  beforeAll(() => {
    plain = buildCatalogue(dumps, { registry: {}, previous: undefined });
    p = plain.catalogue.papers.slice(0, 6);
    const regular = plain.catalogue.topics.filter((topic) => !topic.miscellany);
    topicA = regular[0]!.slug;
    // A topic the first paper is not in, to pin it there.
    topicB = regular.find((topic) => topic.slug !== topicA && topic.slug !== p[0]!.topic)!.slug;
    const dropped = p[4]!.keywords[0]!.slug;
    curation = `# test curation
papers:
  ${p[0]!.slug}:
    topic: ${topicB}
  ${p[1]!.slug}:
    title: A Corrected Title
  ${p[3]!.slug}:
    hide: true
  ${p[4]!.slug}:
    keywords:
      add: [Curated Keyphrase]
      drop: [${dropped}]
topics:
  ${topicA}:
    label: A Curated Label
    slug: curated-topic
merge:
  - [${p[5]!.slug}, ${p[2]!.slug}]
`;
    first = buildCatalogue(dumps, { ...stateOf(plain.catalogue), curation });
    second = buildCatalogue(dumps, stateOf(first.catalogue, curation));
  });

  test('the plain build has at least two regular topics and no errors', () => {
    expect(errorsOf(plain)).toEqual([]);
    expect(plain.catalogue.topics.filter((topic) => !topic.miscellany).length).toBeGreaterThanOrEqual(2);
  });

  test.each([
    ['first curated build', () => first],
    ['rebuild from what the first one published', () => second],
  ])('%s: every rule holds and the catalogue checks out', (_, build) => {
    const b = build();
    expect(errorsOf(b)).toEqual([]);
    const topics = new Map(b.catalogue.topics.map((topic) => [topic.slug, topic]));
    // pin
    expect(paper(b, p[0]!.slug)?.topic).toBe(topicB);
    expect(topics.get(topicB)?.papers).toContain(p[0]!.slug);
    // title corrected, slug kept
    expect(paper(b, p[1]!.slug)?.title).toBe('A Corrected Title');
    // hidden: no page, listed nowhere
    expect(paper(b, p[3]!.slug)).toBeUndefined();
    expect(b.catalogue.topics.flatMap((topic) => topic.papers)).not.toContain(p[3]!.slug);
    expect(b.catalogue.keywords.flatMap((keyword) => keyword.papers)).not.toContain(p[3]!.slug);
    expect(b.catalogue.summaries.flatMap((summary) => summary.newPapers)).not.toContain(p[3]!.slug);
    // keywords added and dropped
    const curated = paper(b, p[4]!.slug)!;
    expect(curated.keywords.map((keyword) => keyword.label)).toContain('Curated Keyphrase');
    expect(curated.keywords.map((keyword) => keyword.slug)).not.toContain(p[4]!.keywords[0]!.slug);
    const added = b.catalogue.keywords.find((keyword) => keyword.label === 'Curated Keyphrase');
    expect(added?.papers).toContain(p[4]!.slug);
    // topic label and fixed slug
    expect(topics.has(topicA)).toBe(false);
    expect(topics.get('curated-topic')?.label).toBe('A Curated Label');
    expect(b.catalogue.papers.filter((candidate) => candidate.topic === 'curated-topic').length).toBeGreaterThan(0);
    // merge: the later paper is folded into the first-seen one, which keeps its slug
    const [kept, gone] = [p[2]!, p[5]!];
    expect(paper(b, gone.slug)).toBeUndefined();
    expect(paper(b, kept.slug)?.occurrences).toEqual(expect.arrayContaining([...kept.occurrences, ...gone.occurrences]));
    // no reference to anything that is not published
    const live = new Set(b.catalogue.papers.map((candidate) => candidate.slug));
    const liveTopics = new Set(topics.keys());
    const liveKeywords = new Set(b.catalogue.keywords.map((keyword) => keyword.slug));
    for (const topic of b.catalogue.topics) {
      expect(topic.papers.every((slug) => live.has(slug))).toBe(true);
      expect(topic.related.every((slug) => liveTopics.has(slug))).toBe(true);
      expect(topic.keywords.every((keyword) => liveKeywords.has(keyword.slug))).toBe(true);
    }
    for (const candidate of b.catalogue.papers) {
      expect(candidate.related.every((related) => live.has(related.slug))).toBe(true);
      expect(candidate.keywords.every((keyword) => liveKeywords.has(keyword.slug))).toBe(true);
    }
    // the slug registry never loses a slug
    expect(Object.values(b.catalogue.registry)).toEqual(expect.arrayContaining(Object.values(plain.catalogue.registry)));
  });

  test('the old URLs of the renamed topic, merged and hidden papers redirect, and keep redirecting', () => {
    for (const build of [first, second]) {
      const redirects = new Map((build.catalogue.redirects ?? []).map((redirect) => [redirect.from, redirect.to]));
      expect(redirects.get(`/topics/${topicA}/`)).toMatch(/^\/topics\/[a-z0-9-]+\/$/);
      expect(redirects.get(`/papers/${p[5]!.slug}/`)).toBe(`/papers/${p[2]!.slug}/`);
      expect(redirects.get(`/papers/${p[3]!.slug}/`)).toMatch(/^\/topics\//);
    }
  });

  test.each([
    ['an unknown paper', (s: string) => `papers:\n  no-such-paper:\n    hide: true\n${s}`, 3, /no paper has the slug "no-such-paper"/],
    ['an unknown topic', (s: string) => `topics:\n  no-such-topic:\n    label: X\n${s}`, 2, /no topic has that slug/],
    ['a pin to an unknown topic', (s: string) => `papers:\n  ${p[0]!.slug}:\n    topic: no-such-topic\n${s}`, 3, /cannot pin/],
    ['a rule on a merged-away paper', (s: string) => `papers:\n  ${p[5]!.slug}:\n    title: X\nmerge:\n  - [${p[2]!.slug}, ${p[5]!.slug}]\n${s}`, 3, /is merged into/],
  ])('%s is an error naming its line', (_, text, line, message) => {
    const build = buildCatalogue(dumps, { registry: {}, previous: undefined, curation: text('') });
    const errors = errorsOf(build);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'curation.yaml', line });
    expect(errors[0]?.message).toMatch(message);
  });
});
