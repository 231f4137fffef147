import { beforeAll, describe, expect, test } from 'vitest';
import type { Paper } from '../../../scripts/lib/model.ts';
import {
  enrichCatalogue,
  MISCELLANY,
  type EnrichedCatalogue,
  type PreviousAssignment,
} from '../../../scripts/lib/enrich/enrich-catalogue.ts';
import { listDumps, loadPapers } from './helpers/load-dumps.ts';

let papers: Paper[];
let result: EnrichedCatalogue;

beforeAll(() => {
  papers = loadPapers();
  result = enrichCatalogue(papers);
}, 120_000);

describe('enrichCatalogue on the default dumps', () => {
  test('meets the topic quality targets of issue #3', () => {
    expect(result.quality.topics).toBeGreaterThanOrEqual(15);
    expect(result.quality.topics).toBeLessThanOrEqual(40);
    expect(result.quality.meanNpmi).toBeGreaterThanOrEqual(0.15);
    expect(result.quality.diversity).toBeGreaterThanOrEqual(0.85);
    for (const topic of result.topics) expect(topic.papers.length).toBeLessThanOrEqual(0.15 * papers.length);
  });

  test('puts every paper in exactly one topic, with unique topic slugs', () => {
    const slugs = result.topics.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const members = result.topics.flatMap((t) => t.papers);
    expect(members.sort()).toEqual(papers.map((p) => p.slug).sort());
    for (const paper of result.papers) expect(result.topics.find((t) => t.slug === paper.topic)!.papers).toContain(paper.slug);
    const misc = result.topics.filter((t) => t.miscellany);
    expect(misc.length).toBeLessThanOrEqual(1);
    for (const t of misc) expect([t.slug, t.label]).toEqual([MISCELLANY.slug, MISCELLANY.label]);
  });

  test('labels topics with short title-case phrases', () => {
    for (const topic of result.topics) {
      expect(topic.label.split(' ').length).toBeLessThanOrEqual(6);
      expect(topic.label[0]).toMatch(/[A-Z0-9]/);
      expect(topic.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  test('gives each paper 5 to 12 keyphrases', () => {
    for (const paper of result.papers) {
      expect(paper.keywords.length).toBeGreaterThanOrEqual(5);
      expect(paper.keywords.length).toBeLessThanOrEqual(12);
      expect(new Set(paper.keywords.map((k) => k.slug)).size).toBe(paper.keywords.length);
    }
  });

  test('relates papers to up to 6 others, never to themselves, scores in (0, 1]', () => {
    const slugs = new Set(papers.map((p) => p.slug));
    for (const paper of result.papers) {
      expect(paper.related.length).toBeLessThanOrEqual(6);
      for (const r of paper.related) {
        expect(r.slug).not.toBe(paper.slug);
        expect(slugs.has(r.slug)).toBe(true);
        expect(r.score).toBeGreaterThan(0);
        expect(r.score).toBeLessThanOrEqual(1);
      }
    }
    expect(result.papers.filter((p) => p.related.length > 0).length).toBeGreaterThan(0.9 * papers.length);
  });

  test('keeps graphs within bounds', () => {
    expect(result.graph.nodes.length).toBeLessThanOrEqual(120);
    expect(result.graph.nodes.length).toBeGreaterThanOrEqual(30);
    for (const topic of result.topics) {
      expect(topic.graph.nodes.length).toBeLessThanOrEqual(60);
      const ids = new Set(topic.graph.nodes.map((n) => n.id));
      for (const edge of topic.graph.edges) {
        expect(edge.source < edge.target).toBe(true);
        expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
        expect(edge.weight).toBeGreaterThanOrEqual(0);
        expect(edge.weight).toBeLessThanOrEqual(1);
      }
      expect(topic.related.length).toBeGreaterThanOrEqual(Math.min(3, result.topics.length - 1) - 1);
      expect(topic.related.length).toBeLessThanOrEqual(5);
      expect(topic.related).not.toContain(topic.slug);
    }
    for (const keyword of result.keywords) expect(keyword.cooccurring.length).toBeLessThanOrEqual(8);
  });

  test('is deterministic', { timeout: 120_000 }, () => {
    expect(enrichCatalogue(loadPapers())).toEqual(result);
  });
});

test.each([0, 1, 3])('handles a catalogue of %i papers', (count) => {
  const small = loadPapers().slice(0, count);
  const out = enrichCatalogue(small);
  expect(out.papers.map((p) => p.slug)).toEqual(small.map((p) => p.slug));
  for (const paper of out.papers) expect(paper.related.map((r) => r.slug)).not.toContain(paper.slug);
});

describe('stability across builds', () => {
  test('keeps at least 90% of the first build’s papers in their topic when a dump is added', { timeout: 120_000 }, () => {
    const dumps = listDumps();
    const first = enrichCatalogue(loadPapers(dumps.slice(0, 2)));
    const previous: PreviousAssignment = {
      topics: first.topics.map((t) => ({ slug: t.slug, label: t.label, papers: t.papers })),
    };
    const second = enrichCatalogue(loadPapers(dumps), { published: previous });
    const topicNow = new Map(second.papers.map((p) => [p.slug, p.topic]));
    const kept = first.papers.filter((p) => topicNow.get(p.slug) === p.topic).length;
    expect(kept / first.papers.length).toBeGreaterThanOrEqual(0.9);
    expect(second.quality.meanNpmi).toBeGreaterThanOrEqual(0.15);
    for (const topic of second.topics) expect(topic.papers.length).toBeLessThanOrEqual(0.15 * second.papers.length);
  });
});

describe('the basis', () => {
  const dumps = listDumps();
  let first: EnrichedCatalogue;
  let second: EnrichedCatalogue;
  beforeAll(() => {
    first = enrichCatalogue(loadPapers(dumps.slice(0, 2)));
    second = enrichCatalogue(loadPapers(dumps), { lastBasis: first.basis });
  }, 120_000);

  test('is the first two default dumps: the third adds too few papers to make a new one', () => {
    expect(first.basis?.dumps).toEqual(dumps.slice(0, 2).map((name) => name.replace(/\.txt$/, '')));
    expect(second.basis?.dumps).toEqual(first.basis?.dumps);
    expect(second.basis?.seed).toEqual(first.basis?.seed);
  });

  test('keeps the keyphrases and topic of every earlier paper when a later dump is added', () => {
    const now = new Map(second.papers.map((p) => [p.slug, p]));
    for (const paper of first.papers) {
      expect(now.get(paper.slug)?.keywords, paper.slug).toEqual(paper.keywords);
      expect(now.get(paper.slug)?.topic, paper.slug).toBe(paper.topic);
    }
    for (const topic of first.topics) {
      const later = second.topics.find((t) => t.slug === topic.slug)!;
      expect(later.label).toBe(topic.label);
      expect(later.keywords).toEqual(topic.keywords);
      expect(later.papers).toEqual(expect.arrayContaining(topic.papers));
    }
  });

  test('gives the later dump’s papers keyphrases and a topic, within the size cap', () => {
    const earlier = new Set(first.papers.map((p) => p.slug));
    const added = second.papers.filter((p) => !earlier.has(p.slug));
    expect(added.length).toBeGreaterThan(0);
    for (const paper of added) {
      expect(paper.keywords.length).toBeGreaterThanOrEqual(5);
      expect(second.topics.find((t) => t.slug === paper.topic)!.papers).toContain(paper.slug);
    }
    for (const topic of second.topics) expect(topic.papers.length).toBeLessThanOrEqual(0.15 * second.papers.length);
    expect(second.quality.meanNpmi).toBeGreaterThanOrEqual(0.15);
  });

  test('kept in a store gives the same catalogue as computing it, and is kept under its own topics too', () => {
    const kept = new Map<string, unknown>();
    const store = {
      get: (key: string) => structuredClone(kept.get(key)) as never,
      set: (keys: readonly string[], basis: unknown) => keys.forEach((key) => kept.set(key, structuredClone(basis))),
    };
    const computed = enrichCatalogue(loadPapers(dumps), { lastBasis: first.basis, bases: store });
    expect(computed.basis?.source).toBe('computed');
    expect(kept.size).toBe(1);
    const stored = enrichCatalogue(loadPapers(dumps), { lastBasis: computed.basis, bases: store });
    expect(stored.basis?.source).toBe('stored');
    expect({ ...stored, basis: undefined }).toEqual({ ...computed, basis: undefined });
    expect({ ...computed, basis: undefined }).toEqual({ ...second, basis: undefined });
    // A first build (no seed) keeps its basis under its own topics as well: the next build finds it.
    const fresh = new Map<string, unknown>();
    const cold = enrichCatalogue(loadPapers(dumps), { bases: { get: () => undefined, set: (keys, basis) => keys.forEach((key) => fresh.set(key, basis)) } });
    expect(fresh.size).toBe(2);
    const next = enrichCatalogue(loadPapers(dumps), { lastBasis: cold.basis, bases: { get: (key) => fresh.get(key) as never, set: () => {} } });
    expect(next.basis?.source).toBe('stored');
    expect({ ...next, basis: undefined }).toEqual({ ...cold, basis: undefined });
  });
});
