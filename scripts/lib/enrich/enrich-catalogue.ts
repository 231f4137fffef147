/**
 * The enrich stage (issue #3): keyphrases, topics, related papers and
 * co-keyword graphs for a whole catalogue. Pure and deterministic: the same
 * papers (and previous assignment) always give the same output.
 */
import type {
  Diagnostic,
  EnrichedPaper,
  Keyword,
  KeywordGraph,
  KeywordRef,
  Paper,
  Topic,
  TopicQuality,
} from '../model.ts';
import { assignTopics, topicCount, type PreviousGroup } from './assign-topics.ts';
import { CENTROID_TERMS } from './cluster-papers.ts';
import { nearestCentroids, type NearestCentroids } from './nearest-centroids.ts';
import { buildKeywordGraph } from './build-keyword-graph.ts';
import { candidateCompactor, surfaceCollector } from './keyphrase-passes-task.ts';
import { extractCandidates } from './extract-candidates.ts';
import { startFindRelated } from './find-related-task.ts';
import { npmiFromOccurrences } from './npmi-coherence.ts';
import { startPhraseOccurrenceIndex, type PhraseOccurrenceIndex } from './phrase-occurrence-index.ts';
import { MIN_KEYPHRASES, selectKeyphrases, type KeyphraseSelection } from './select-keyphrases.ts';
import { selectTopicPhrases } from './select-topic-phrases.ts';
import { sparseDot, buildVectors, type SparseVector } from './sparse-vectors.ts';
import { titleCase } from './title-case.ts';
import { slugifyPhrase } from './normalise-phrase.ts';

/** What the last build published, read back by the caller; undefined on a first build. */
export interface PreviousAssignment {
  topics: { slug: string; label: string; papers: string[] }[];
}

/** Everything the enrich stage adds to a catalogue. */
export interface EnrichedCatalogue {
  papers: EnrichedPaper[];
  topics: Topic[];
  keywords: Keyword[];
  /** Co-keyword graph of the whole catalogue. */
  graph: KeywordGraph;
  quality: TopicQuality;
  diagnostics: Diagnostic[];
}

/** Slug and label of the topic for papers that fit nowhere. */
export const MISCELLANY = { slug: 'miscellaneous', label: 'Miscellaneous' } as const;

const TOPIC_GRAPH = { maxNodes: 50, minNodePapers: 2, minNodes: 30, minEdgePapers: 1, edgesPerNode: 6 };
const CATALOGUE_GRAPH = { maxNodes: 120, minNodePapers: 2, minNodes: 0, minEdgePapers: 2, edgesPerNode: 6 };

const bySlug = (a: { slug: string }, b: { slug: string }): number => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** Enriches a catalogue; `previous` keeps topic slugs stable across builds. */
export function enrichCatalogue(papers: Paper[], previous?: PreviousAssignment): EnrichedCatalogue {
  const diagnostics: Diagnostic[] = [];
  const n = papers.length;
  if (n === 0) {
    return { papers: [], topics: [], keywords: [], graph: { nodes: [], edges: [] }, quality: { topics: 0, meanNpmi: 0, diversity: 0 }, diagnostics };
  }
  // Which texts hold which phrases (for topic phrases), on a worker thread while keyphrases are picked.
  const indexTask = startPhraseOccurrenceIndex(papers.map((p) => `${p.title}. ${p.abstractText}`));

  // Keyphrases.
  const selection = selectKeyphrases(
    n,
    (i) => extractCandidates(papers[i]!.title, papers[i]!.abstractText),
    surfaceCollector(papers),
    candidateCompactor(papers),
  );
  const refOf = new Map<string, KeywordRef>();
  const slugOwner = new Map<string, string>();
  const ref = (key: string): KeywordRef => {
    let r = refOf.get(key);
    if (!r) {
      const info = selection.phrases.get(key)!;
      let slug = info.slug;
      // Two normal forms can share a slug only through non-ASCII letters; keep slugs unique.
      for (let i = 2; slugOwner.has(slug) && slugOwner.get(slug) !== key; i++) slug = `${info.slug}-${i}`;
      slugOwner.set(slug, key);
      r = { slug, label: info.label };
      refOf.set(key, r);
    }
    return r;
  };
  for (const key of [...new Set(selection.paperKeyphrases.flat())].sort()) ref(key);
  papers.forEach((paper, i) => {
    const count = selection.paperKeyphrases[i]!.length;
    if (count < MIN_KEYPHRASES) {
      diagnostics.push({
        file: `${paper.firstSeen}.txt`,
        line: paper.occurrences[0]?.line,
        severity: 'info',
        message: `Paper "${paper.slug}" has only ${count} keyphrases: its text has no more candidates`,
      });
    }
  });

  // Vectors: candidate terms, keyphrases weighted up.
  const keySets = selection.paperKeyphrases.map((keys) => new Set(keys));
  const space = buildVectors(selection.paperTerms, (paper, term) => (keySets[paper]!.has(term) ? 2 : 1));

  // Related papers, on a worker thread (for a large catalogue) while the topics are clustered.
  const relatedTask = startFindRelated(space.vectors, space.df);

  // Topics. The next build seeds its clustering with what this one publishes; iterate until
  // that seeding reproduces the result, so an unchanged catalogue rebuilds byte-identical.
  // k-means' assignment step shares its papers with a helper thread (for a large catalogue) in every round.
  const maxClusters = Math.max(topicCount(n), previous?.topics.length ?? 0);
  const nearest = nearestCentroids(space.vectors, space.terms.length, { maxClusters, maxPostings: maxClusters * CENTROID_TERMS });
  const index = indexTask.result();
  const topicInputs: TopicInputs = { papers, vectors: space.vectors, dimensions: space.terms.length, selection, index, nearest, labelOf: (key) => ref(key).label };
  // Rounds name only new clusters; a round whose clusters all continue earlier topics skips
  // picking phrases (the costliest part at scale), and phrases are picked once it has settled.
  let drafts: TopicDraft[];
  try {
    drafts = draftTopics(topicInputs, previous);
    let settled = false;
    for (let round = 0; round < MAX_SETTLE_ROUNDS && !settled; round++) {
      const next = draftTopics(topicInputs, { topics: drafts.map((d) => ({ slug: d.slug, label: d.label, papers: [...d.members].sort((a, b) => a - b).map((m) => papers[m]!.slug) })) });
      settled = sameDrafts(next, drafts);
      drafts = next;
    }
    if (!settled) {
      diagnostics.push({
        file: 'content/catalogue/topics.json',
        severity: 'warning',
        message: `Topics had not settled after ${MAX_SETTLE_ROUNDS} rounds of re-seeding: the next build with the same dumps may still move a few papers between topics`,
      });
    }
  } finally {
    nearest.close();
  }
  if (drafts.some((d) => d.phrases === undefined)) pickPhrases(topicInputs, drafts);

  const topicOf = new Array<string>(n);
  for (const d of drafts) for (const m of d.members) topicOf[m] = d.slug;

  const related = relatedTask.result();
  const enriched: EnrichedPaper[] = papers.map((paper, i) => ({
    ...paper,
    topic: topicOf[i]!,
    keywords: selection.paperKeyphrases[i]!.map(ref),
    related: related[i]!.map(([p, score]) => ({ slug: papers[p]!.slug, score })),
  }));

  // Topic links: sum of related-paper scores across topics, then centroid similarity.
  const links = new Map<string, Map<string, number>>();
  related.forEach((list, i) => {
    for (const [p, score] of list) {
      const a = topicOf[i]!;
      const b = topicOf[p]!;
      if (a === b || b === MISCELLANY.slug) continue;
      const m = links.get(a) ?? new Map<string, number>();
      m.set(b, (m.get(b) ?? 0) + score);
      links.set(a, m);
    }
  });
  const centroidOf = new Map(drafts.map((d) => [d.slug, meanOf(d.members.map((m) => space.vectors[m]!))]));
  const slugsInOrder = drafts.map((d) => d.slug);

  const topics: Topic[] = (drafts as Required<TopicDraft>[]).map((d) => {
    const phraseDocs = d.phrases.map((key) => index.documentsWith(key));
    const byLink = [...(links.get(d.slug) ?? [])].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([s]) => s);
    const relatedTopics = byLink.slice(0, 4);
    if (relatedTopics.length < 3) {
      const own = centroidOf.get(d.slug)!;
      const byCentroid = slugsInOrder
        .filter((s) => s !== d.slug && s !== MISCELLANY.slug && !relatedTopics.includes(s))
        .map((s) => [s, sparseDot(own, centroidOf.get(s)!)] as const)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      for (const [s] of byCentroid.slice(0, 3 - relatedTopics.length)) relatedTopics.push(s);
    }
    return {
      slug: d.slug,
      label: d.label,
      keywords: d.phrases.map(ref),
      papers: [...d.members].sort((a, b) => a - b).map((m) => papers[m]!.slug),
      npmi: round(npmiFromOccurrences(phraseDocs, n)),
      related: relatedTopics,
      miscellany: d.cluster < 0,
      graph: buildKeywordGraph(d.members.map((m) => selection.paperKeyphrases[m]!), refOf, TOPIC_GRAPH),
    };
  });
  topics.sort((a, b) => (a.miscellany !== b.miscellany ? (a.miscellany ? 1 : -1) : a.label < b.label ? -1 : 1));

  // Keywords.
  const papersOfKey = new Map<string, number[]>();
  selection.paperKeyphrases.forEach((keys, i) => {
    for (const key of keys) {
      const list = papersOfKey.get(key) ?? [];
      list.push(i);
      papersOfKey.set(key, list);
    }
  });
  const pairCounts = new Map<string, Map<string, number>>();
  for (const keys of selection.paperKeyphrases) {
    for (const a of keys) {
      const m = pairCounts.get(a) ?? new Map<string, number>();
      for (const b of keys) if (a !== b) m.set(b, (m.get(b) ?? 0) + 1);
      pairCounts.set(a, m);
    }
  }
  const keywords: Keyword[] = [...papersOfKey]
    .map(([key, members]) => {
      // The 8 first partners in this order (a total order: slugs are unique), without sorting all
      // of them: a common keyword co-occurs with thousands of others in a 100k catalogue.
      const before = (a: Partner, b: Partner) => b.both - a.both || b.npmi - a.npmi || (ref(a.other).slug < ref(b.other).slug ? -1 : 1);
      const top: Partner[] = [];
      for (const [other, both] of pairCounts.get(key) ?? []) {
        if (top.length === COOCCURRING && both < top[COOCCURRING - 1]!.both) continue;
        const pij = both / n;
        const npmi = pij >= 1 ? 1 : Math.log(pij / ((members.length / n) * (papersOfKey.get(other)!.length / n))) / -Math.log(pij);
        const partner = { other, both, npmi };
        if (top.length === COOCCURRING && before(partner, top[COOCCURRING - 1]!) >= 0) continue;
        let at = top.length;
        while (at > 0 && before(partner, top[at - 1]!) < 0) at--;
        top.splice(at, 0, partner);
        if (top.length > COOCCURRING) top.pop();
      }
      return {
        ...ref(key),
        papers: members.map((m) => papers[m]!.slug),
        cooccurring: top.map(({ other }) => ref(other)),
      };
    })
    .sort(bySlug);

  const graph = buildKeywordGraph(selection.paperKeyphrases, refOf, CATALOGUE_GRAPH);
  const regular = topics.filter((t) => !t.miscellany);
  const quality: TopicQuality = {
    topics: regular.length,
    meanNpmi: round(regular.reduce((s, t) => s + t.npmi, 0) / Math.max(1, regular.length)),
    diversity: round(topicDiversityOf(topics)),
  };
  return { papers: enriched, topics, keywords, graph, quality, diagnostics };
}

/** Co-occurring keywords listed per keyword. */
const COOCCURRING = 8;

interface Partner {
  other: string;
  both: number;
  npmi: number;
}

/**
 * Most rounds of re-seeding after the first topic assignment. The published topics must be a
 * fixed point (seeding with them gives them back), or the next build with the same dumps moves
 * papers. Small catalogues settle in one or two rounds; synthetic ones of 10,000 papers took 8–15
 * (each moving fewer papers: 495, 118, 70, 32, … 0), because k-means stops once < 0.1 % of papers
 * move and the miscellany and size rules move a few more each time. Three rounds, as before,
 * left 64 of 10,000 papers to move in the next build.
 */
const MAX_SETTLE_ROUNDS = 25;

interface TopicInputs {
  papers: Paper[];
  vectors: SparseVector[];
  dimensions: number;
  selection: KeyphraseSelection;
  index: PhraseOccurrenceIndex;
  nearest: NearestCentroids;
  labelOf: (key: string) => string;
}

interface TopicDraft {
  cluster: number;
  slug: string;
  label: string;
  members: number[];
  /** Top phrases; left out while every cluster of the round continues an earlier topic. */
  phrases?: string[];
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

/** Clusters the papers (seeded by `previous`) and names each cluster. */
function draftTopics({ papers, vectors, dimensions, selection, index, nearest, labelOf }: TopicInputs, previous: PreviousAssignment | undefined): TopicDraft[] {
  const n = papers.length;
  const indexOfSlug = new Map(papers.map((p, i) => [p.slug, i]));
  const previousGroups: PreviousGroup[] = [];
  const previousMisc = new Set<number>();
  const previousLabel = new Map<string, string>();
  for (const topic of [...(previous?.topics ?? [])].sort(bySlug)) {
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

function topicDiversityOf(topics: Topic[]): number {
  const lists = topics.map((t) => t.keywords.map((k) => k.slug));
  const total = lists.reduce((s, l) => s + l.length, 0);
  return total === 0 ? 0 : new Set(lists.flat()).size / total;
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

function meanOf(vectors: { ids: Int32Array; weights: Float32Array }[]): { ids: Int32Array; weights: Float32Array } {
  const sum = new Map<number, number>();
  for (const v of vectors) for (let t = 0; t < v.ids.length; t++) sum.set(v.ids[t]!, (sum.get(v.ids[t]!) ?? 0) + v.weights[t]!);
  const entries = [...sum].sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return { ids: Int32Array.from(entries, ([id]) => id), weights: Float32Array.from(entries, ([, w]) => w / norm) };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
