/**
 * The basis of a catalogue: what enrichment learns from the papers of its first dumps
 * (`basis-dumps.ts`) and then applies to every paper — how candidate phrases fold and how
 * common they are, the keyphrases and display forms of the basis papers, the vocabulary of
 * the paper vectors, and the topics (spherical k-means, named after their most distinctive
 * phrases). Papers of later dumps are enriched against it (`enrich-later-paper.ts`), so a new
 * dump adds papers to topics and keyword pages without changing what the catalogue already
 * said about the papers it had. Pure and deterministic: the same papers and seed give the
 * same basis.
 */
import type { Paper } from '../model.ts';
import { assignTopics, topicCount, type PreviousGroup } from './assign-topics.ts';
import { CENTROID_TERMS } from './cluster-papers.ts';
import { candidateCompactor, surfaceCollector } from './keyphrase-passes-task.ts';
import { extractCandidates } from './extract-candidates.ts';
import { nearestCentroids, type NearestCentroids } from './nearest-centroids.ts';
import { npmiFromOccurrences } from './npmi-coherence.ts';
import { slugifyPhrase } from './normalise-phrase.ts';
import { packVectors, type PackedVectors } from './packed-vectors.ts';
import { startPhraseOccurrenceIndex, type PhraseOccurrenceIndex } from './phrase-occurrence-index.ts';
import { selectKeyphrases, type KeyphraseInfo, type KeyphraseSelection, type KeyphraseStats } from './select-keyphrases.ts';
import { selectTopicPhrases } from './select-topic-phrases.ts';
import { vectorIn, vocabularyOf, type SparseVector, type Vocabulary } from './sparse-vectors.ts';
import { titleCase } from './title-case.ts';

/** Slug and label of the topic for papers that fit nowhere. */
export const MISCELLANY = { slug: 'miscellaneous', label: 'Miscellaneous' } as const;

/** Topics to start from: the last basis's, or the published ones, by slug with their papers' slugs. */
export interface TopicSeed {
  topics: { slug: string; label: string; papers: string[] }[];
}

/** A topic as the basis made it, before curation. */
export interface BasisTopic {
  slug: string;
  label: string;
  /** Indices of its papers among the basis papers, ascending. */
  members: number[];
  /** Top phrases (keyphrase keys), most distinctive first. */
  phrases: string[];
  /** NPMI coherence of the phrases over the basis papers' titles and abstracts. */
  npmi: number;
  /** True for the miscellany. */
  miscellany: boolean;
}

/** What enrichment learnt from the basis papers. Plain data (Maps and typed arrays), so it can be cached. */
export interface Basis {
  /** Slugs of the basis papers, in catalogue order. */
  papers: string[];
  /** How candidate phrases fold, and how many basis papers hold each folded key. */
  stats: KeyphraseStats;
  /** Keyphrases chosen for basis papers, with their display forms. */
  phrases: Map<string, KeyphraseInfo>;
  /** Chosen keyphrase keys of each basis paper, best first. */
  paperKeyphrases: string[][];
  /** The terms paper vectors are made of, with the basis figures their weights come from. */
  vocabulary: Vocabulary;
  /** The basis papers' vectors in {@link vocabulary}. */
  vectors: PackedVectors;
  /** Topics, biggest first as they were named, the miscellany last. */
  topics: BasisTopic[];
  /** True when seeding with {@link topics} gives them back (so the next build keeps them). */
  settled: boolean;
}

/** A keyphrase counts this much more than any other term in a paper's vector. */
export const KEYPHRASE_BOOST = 2;

/**
 * Most rounds of re-seeding after the first topic assignment. The basis's topics must be a
 * fixed point (seeding with them gives them back), or the next build with the same dumps moves
 * papers. Small catalogues settle in one or two rounds; synthetic ones of 10,000 papers took 8–15
 * (each moving fewer papers: 495, 118, 70, 32, … 0), because k-means stops once < 0.1 % of papers
 * move and the miscellany and size rules move a few more each time. Three rounds, as before,
 * left 64 of 10,000 papers to move in the next build.
 */
export const MAX_SETTLE_ROUNDS = 25;

/**
 * Learns the basis from its papers.
 *
 * @param papers The basis papers, in catalogue order.
 * @param seed Topics to continue: their slugs and labels are kept for the clusters that share
 *   most of their papers, and papers stay in them while they still fit.
 */
export function computeBasis(papers: readonly Paper[], seed?: TopicSeed): Basis {
  const n = papers.length;
  // Which texts hold which phrases (for topic phrases), on a worker thread while keyphrases are picked.
  const indexTask = startPhraseOccurrenceIndex(papers.map((p) => `${p.title}. ${p.abstractText}`));
  const selection = selectKeyphrases(
    n,
    (i) => extractCandidates(papers[i]!.title, papers[i]!.abstractText),
    surfaceCollector(papers),
    candidateCompactor(papers),
  );
  const vocabulary = vocabularyOf(selection.paperTerms);
  const vectors = selection.paperTerms.map((terms, i) => {
    const keys = new Set(selection.paperKeyphrases[i]);
    return vectorIn(vocabulary, terms, (term) => (keys.has(term) ? KEYPHRASE_BOOST : 1));
  });
  const index = indexTask.result();
  const basis: Basis = {
    papers: papers.map((p) => p.slug),
    stats: selection.stats,
    phrases: selection.phrases,
    paperKeyphrases: selection.paperKeyphrases,
    vocabulary,
    vectors: packVectors(vectors),
    topics: [],
    settled: true,
  };
  if (n === 0) return basis;

  // k-means' assignment step shares its papers with a helper thread (for a large catalogue) in every round.
  const maxClusters = Math.max(topicCount(n), seed?.topics.length ?? 0);
  const nearest = nearestCentroids(vectors, vocabulary.terms.length, { maxClusters, maxPostings: maxClusters * CENTROID_TERMS });
  const inputs: TopicInputs = { papers, vectors, dimensions: vocabulary.terms.length, selection, index, nearest };
  // Rounds name only new clusters; a round whose clusters all continue earlier topics skips
  // picking phrases (the costliest part at scale), and phrases are picked once it has settled.
  let drafts: TopicDraft[];
  try {
    drafts = draftTopics(inputs, seed);
    let settled = false;
    for (let round = 0; round < MAX_SETTLE_ROUNDS && !settled; round++) {
      const next = draftTopics(inputs, seedOf(drafts, papers));
      settled = sameDrafts(next, drafts);
      drafts = next;
    }
    basis.settled = settled;
  } finally {
    nearest.close();
  }
  if (drafts.some((d) => d.phrases === undefined)) pickPhrases(inputs, drafts);
  basis.topics = drafts.map((d) => ({
    slug: d.slug,
    label: d.label,
    members: [...d.members].sort((a, b) => a - b),
    phrases: d.phrases!,
    npmi: round(npmiFromOccurrences(d.phrases!.map((key) => index.documentsWith(key)), n)),
    miscellany: d.cluster < 0,
  }));
  return basis;
}

/** The basis's topics as the seed of the next basis (or of this one, computed again). */
export function basisSeed(basis: Pick<Basis, 'papers' | 'topics'>): TopicSeed {
  return { topics: basis.topics.map((t) => ({ slug: t.slug, label: t.label, papers: t.members.map((m) => basis.papers[m]!) })) };
}

interface TopicInputs {
  papers: readonly Paper[];
  vectors: SparseVector[];
  dimensions: number;
  selection: KeyphraseSelection;
  index: PhraseOccurrenceIndex;
  nearest: NearestCentroids;
}

interface TopicDraft {
  cluster: number;
  slug: string;
  label: string;
  members: number[];
  /** Top phrases; left out while every cluster of the round continues an earlier topic. */
  phrases?: string[];
}

function seedOf(drafts: readonly TopicDraft[], papers: readonly Paper[]): TopicSeed {
  return { topics: drafts.map((d) => ({ slug: d.slug, label: d.label, papers: [...d.members].sort((a, b) => a - b).map((m) => papers[m]!.slug) })) };
}

/** Picks every draft's top phrases, biggest first as {@link draftTopics} orders them. */
function pickPhrases({ papers, selection, index }: TopicInputs, drafts: TopicDraft[]): void {
  const taken = new Set<string>();
  for (const d of drafts) {
    d.phrases = selectTopicPhrases({
      members: d.members.map((m) => selection.paperKeyphrases[m]!),
      memberIds: d.members,
      catalogueSize: papers.length,
      index,
      taken,
    });
    for (const key of d.phrases) taken.add(key);
  }
}

const bySlug = (a: { slug: string }, b: { slug: string }): number => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** Clusters the papers (seeded by `seed`) and names each cluster. */
function draftTopics({ papers, vectors, dimensions, selection, index, nearest }: TopicInputs, seed: TopicSeed | undefined): TopicDraft[] {
  const n = papers.length;
  const indexOfSlug = new Map(papers.map((p, i) => [p.slug, i]));
  const previousGroups: PreviousGroup[] = [];
  const previousMisc = new Set<number>();
  const previousLabel = new Map<string, string>();
  for (const topic of [...(seed?.topics ?? [])].sort(bySlug)) {
    const members = topic.papers.map((s) => indexOfSlug.get(s)).filter((i): i is number => i !== undefined);
    if (topic.slug === MISCELLANY.slug) for (const m of members) previousMisc.add(m);
    else {
      previousGroups.push({ slug: topic.slug, members });
      previousLabel.set(topic.slug, topic.label);
    }
  }
  const assigned = assignTopics(vectors, dimensions, previousGroups, previousMisc, nearest);

  const clusters = new Map<number, number[]>();
  assigned.assignment.forEach((c, p) => {
    const list = clusters.get(c) ?? [];
    list.push(p);
    clusters.set(c, list);
  });
  // Biggest topics pick their phrases first; the miscellany last.
  const order = [...clusters.keys()].sort((a, b) => {
    if ((a < 0) !== (b < 0)) return a < 0 ? 1 : -1;
    return clusters.get(b)!.length - clusters.get(a)!.length || a - b;
  });
  const usedSlugs = new Set<string>([MISCELLANY.slug, ...previousGroups.map((g) => g.slug)]);
  const usedLabels = new Set<string>();
  const drafts: TopicDraft[] = [];
  const labelOf = (key: string): string => selection.phrases.get(key)!.label;
  // A new cluster is named after its phrases, which depend on the phrases bigger topics took first.
  const named = order.some((c) => c >= 0 && assigned.continues[c] === undefined);
  const taken = new Set<string>();
  for (const c of order) {
    const members = clusters.get(c)!;
    let phrases: string[] | undefined;
    if (named) {
      phrases = selectTopicPhrases({
        members: members.map((m) => selection.paperKeyphrases[m]!),
        memberIds: members,
        catalogueSize: n,
        index,
        taken,
      });
      for (const key of phrases) taken.add(key);
    }
    let slug: string;
    let label: string;
    const continued = c >= 0 ? assigned.continues[c] : undefined;
    if (c < 0) ({ slug, label } = MISCELLANY);
    else if (continued !== undefined) [slug, label] = [continued, previousLabel.get(continued)!];
    else [slug, label] = newLabel(phrases!, labelOf, usedSlugs, usedLabels);
    usedSlugs.add(slug);
    usedLabels.add(label.toLowerCase());
    drafts.push({ cluster: c, slug, label, members, phrases });
  }
  return drafts;
}

function sameDrafts(a: readonly TopicDraft[], b: readonly TopicDraft[]): boolean {
  const key = (drafts: readonly TopicDraft[]) =>
    JSON.stringify(drafts.map((d) => [d.slug, d.label, [...d.members].sort((x, y) => x - y)]).sort());
  // Equal clusters in the same order get equal phrases; compare them too when both rounds picked some.
  if (a.some((d) => d.phrases === undefined) || b.some((d) => d.phrases === undefined)) return key(a) === key(b);
  const phrases = (drafts: readonly TopicDraft[]) => JSON.stringify(drafts.map((d) => [d.slug, d.phrases]).sort());
  return key(a) === key(b) && phrases(a) === phrases(b);
}

function newLabel(
  phrases: string[],
  labelOf: (key: string) => string,
  usedSlugs: Set<string>,
  usedLabels: Set<string>,
): [string, string] {
  // Prefer a multi-word phrase among the three most distinctive; a bare acronym is a poor label.
  const candidates = [...phrases.slice(0, 3).filter((k) => /\s/.test(labelOf(k).replace(/\s*\([^)]*\)$/, ''))), ...phrases];
  for (const key of candidates) {
    const label = titleCase(labelOf(key));
    const slug = slugifyPhrase(label.replace(/\s*\([^)]*\)\s*$/, ''));
    if (!usedSlugs.has(slug) && !usedLabels.has(label.toLowerCase())) return [slug, label];
  }
  const base = phrases[0] ? titleCase(labelOf(phrases[0])) : 'Topic';
  let i = 2;
  while (usedSlugs.has(`${slugifyPhrase(base)}-${i}`)) i++;
  return [`${slugifyPhrase(base)}-${i}`, `${base} ${i}`];
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
