/**
 * The enrich stage (issue #3): keyphrases, topics, related papers and co-keyword graphs for a
 * whole catalogue. The catalogue's first dumps form its basis (`basis-dumps.ts`), from which
 * enrichment learns phrase statistics, a vocabulary and topics (`compute-basis.ts`); papers of
 * later dumps are enriched against it (`enrich-later-papers.ts`). Related papers, keyword pages
 * and graphs are made from all papers on every build. So a new dump adds its papers to the
 * catalogue and to related lists without changing the keyphrases and topics of the papers
 * before it, and a basis computed once can be kept (by its key, `basis-key.ts`) and reused.
 * Pure and deterministic: the same papers (and seed) always give the same output.
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
import { basisDumpCount } from './basis-dumps.ts';
import { basisKey } from './basis-key.ts';
import { buildKeywordGraph } from './build-keyword-graph.ts';
import { basisSeed, computeBasis, MISCELLANY, type Basis, type TopicSeed } from './compute-basis.ts';
import { enrichLaterPapers, type LaterPaperEnrichment } from './enrich-later-papers.ts';
import { startFindRelated } from './find-related-task.ts';
import { MIN_KEYPHRASES } from './select-keyphrases.ts';
import { sparseDot, type SparseVector } from './sparse-vectors.ts';
import { unpackVectors } from './packed-vectors.ts';
import { slugifyPhrase } from './normalise-phrase.ts';

export { MISCELLANY, type TopicSeed } from './compute-basis.ts';

/** What the last build published, read back by the caller; undefined on a first build. */
export type PreviousAssignment = TopicSeed;

/** Bases computed before, kept by their key ({@link basisKey}); e.g. a cache folder. */
export interface BasisStore {
  /** The basis kept under `key`, if any. */
  get(key: string): Basis | undefined;
  /** Keeps `basis` under each of `keys`. */
  set(keys: readonly string[], basis: Basis): void;
}

/** Options of {@link enrichCatalogue}. */
export interface EnrichOptions {
  /** Dump ids in catalogue order; default: the order in which the papers' `firstSeen` dumps first appear. */
  dumps?: readonly string[];
  /** The basis the last build used: when this build's basis is made of the same dumps, its topics are the seed (so it is made again exactly). */
  lastBasis?: { dumps: readonly string[]; seed: TopicSeed };
  /** The topics the last build published: the seed of a basis made of other dumps than the last one (a new basis). */
  published?: TopicSeed;
  /** Where bases are kept between builds; without one the basis is always computed. */
  bases?: BasisStore;
  /**
   * Where the later papers' keyphrases and vectors are kept between builds, by the key of the
   * basis they were enriched against; without one they are enriched on every build.
   */
  laterPapers?: {
    get(key: string): ReadonlyMap<string, LaterPaperEnrichment> | undefined;
    set(keys: readonly string[], enrichments: ReadonlyMap<string, LaterPaperEnrichment>): void;
  };
}

/** The basis a catalogue was enriched against, as the next build needs to know it. */
export interface BasisRecord {
  /** The dumps whose papers formed the basis, in order. */
  dumps: string[];
  /** Its topics (before curation), as a seed: the next basis starts from them. */
  seed: TopicSeed;
  /** How the basis was obtained: computed in this build, or taken from the store. */
  source: 'computed' | 'stored';
}

/** Everything the enrich stage adds to a catalogue. */
export interface EnrichedCatalogue {
  papers: EnrichedPaper[];
  topics: Topic[];
  keywords: Keyword[];
  /** Co-keyword graph of the whole catalogue. */
  graph: KeywordGraph;
  quality: TopicQuality;
  /** The basis used; undefined for an empty catalogue. */
  basis?: BasisRecord;
  diagnostics: Diagnostic[];
}

const TOPIC_GRAPH = { maxNodes: 50, minNodePapers: 2, minNodes: 30, minEdgePapers: 1, edgesPerNode: 6 };
const CATALOGUE_GRAPH = { maxNodes: 120, minNodePapers: 2, minNodes: 0, minEdgePapers: 2, edgesPerNode: 6 };

const bySlug = (a: { slug: string }, b: { slug: string }): number => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** Enriches a catalogue (papers in catalogue order). */
export function enrichCatalogue(papers: Paper[], options: EnrichOptions = {}): EnrichedCatalogue {
  const diagnostics: Diagnostic[] = [];
  const n = papers.length;
  if (n === 0) {
    return { papers: [], topics: [], keywords: [], graph: { nodes: [], edges: [] }, quality: { topics: 0, meanNpmi: 0, diversity: 0 }, diagnostics };
  }

  // The basis: the papers of the first dumps, up to the last time the catalogue grew by half.
  const dumps = options.dumps ?? [...new Set(papers.map((p) => p.firstSeen))];
  const newPerDump = new Map<string, number>();
  for (const paper of papers) newPerDump.set(paper.firstSeen, (newPerDump.get(paper.firstSeen) ?? 0) + 1);
  let total = 0;
  const papersAfter = dumps.map((dump) => (total += newPerDump.get(dump) ?? 0));
  const basisDumps = dumps.slice(0, basisDumpCount(papersAfter));
  const inBasis = new Set(basisDumps);
  const basisIndices: number[] = [];
  const laterIndices: number[] = [];
  papers.forEach((paper, i) => (inBasis.has(paper.firstSeen) ? basisIndices : laterIndices).push(i));
  const basisPapers = basisIndices.map((i) => papers[i]!);
  const sameDumps = options.lastBasis !== undefined && options.lastBasis.dumps.join('\n') === basisDumps.join('\n');
  const seed = sameDumps ? options.lastBasis!.seed : options.published;
  const key = basisKey(basisPapers, seed);
  let basis = options.bases?.get(key);
  const source = basis ? 'stored' : 'computed';
  if (!basis) {
    basis = computeBasis(basisPapers, seed);
    // Seeding with settled topics gives them back, so the basis is also the one its own topics would seed.
    const keys = basis.settled ? [key, basisKey(basisPapers, basisSeed(basis))] : [key];
    options.bases?.set([...new Set(keys)], basis);
  }
  if (!basis.settled) {
    diagnostics.push({
      file: 'content/catalogue/topics.json',
      severity: 'warning',
      message: 'Topics had not settled after the most rounds of re-seeding: the next build with the same dumps may still move a few papers between topics',
    });
  }
  // Later papers are kept by the basis as the next build will look it up: seeded by its own topics.
  const laterKey = basisKey(basisPapers, basisSeed(basis));
  const later = enrichLaterPapers(laterIndices.map((i) => papers[i]!), basis, n, options.laterPapers?.get(laterKey));
  options.laterPapers?.set([laterKey], later.enrichments);

  // Every paper's keyphrases and vector, in catalogue order.
  const paperKeyphrases = new Array<string[]>(n);
  const vectors = new Array<SparseVector>(n);
  const basisVectors = unpackVectors(basis.vectors);
  basisIndices.forEach((i, b) => {
    paperKeyphrases[i] = basis.paperKeyphrases[b]!;
    vectors[i] = basisVectors[b]!;
  });
  laterIndices.forEach((i, l) => {
    paperKeyphrases[i] = later.paperKeyphrases[l]!;
    vectors[i] = later.vectors[l]!;
  });

  // Related papers, on a worker thread (for a large catalogue) while the rest is put together.
  const df = new Int32Array(basis.vocabulary.terms.length);
  for (const v of vectors) for (const id of v.ids) df[id]!++;
  const relatedTask = startFindRelated(vectors, df);

  // Keyword slugs: the basis's keyphrases in sorted order, then the ones later papers brought, in order of appearance.
  const labelOf = (key: string): string => basis.phrases.get(key)?.label ?? later.labels.get(key)!;
  const refOf = new Map<string, KeywordRef>();
  const slugOwner = new Map<string, string>();
  const ref = (key: string): KeywordRef => {
    let r = refOf.get(key);
    if (!r) {
      const base = slugifyPhrase(key);
      let slug = base;
      // Two normal forms can share a slug only through non-ASCII letters; keep slugs unique.
      for (let i = 2; slugOwner.has(slug) && slugOwner.get(slug) !== key; i++) slug = `${base}-${i}`;
      slugOwner.set(slug, key);
      r = { slug, label: labelOf(key) };
      refOf.set(key, r);
    }
    return r;
  };
  for (const key of [...new Set(basis.paperKeyphrases.flat())].sort()) ref(key);
  for (const keys of later.paperKeyphrases) for (const key of keys) ref(key);
  papers.forEach((paper, i) => {
    const count = paperKeyphrases[i]!.length;
    if (count < MIN_KEYPHRASES) {
      diagnostics.push({
        file: `${paper.firstSeen}.txt`,
        line: paper.occurrences[0]?.line,
        severity: 'info',
        message: `Paper "${paper.slug}" has only ${count} keyphrases: its text has no more candidates`,
      });
    }
  });

  // Topics: the basis's, with the later papers that came to them.
  const topicMembers = basis.topics.map((t) => t.members.map((m) => basisIndices[m]!));
  let miscellany = basis.topics.findIndex((t) => t.miscellany);
  laterIndices.forEach((i, l) => {
    let t = later.topics[l]!;
    if (t < 0) {
      if (miscellany < 0) {
        miscellany = topicMembers.length;
        topicMembers.push([]);
      }
      t = miscellany;
    }
    topicMembers[t]!.push(i);
  });
  const drafts = topicMembers.map((members, t) => {
    const topic = basis.topics[t] ?? { ...MISCELLANY, phrases: [], npmi: 0, miscellany: true };
    return { topic, members: members.sort((a, b) => a - b) };
  });
  const topicOf = new Array<string>(n);
  for (const { topic, members } of drafts) for (const m of members) topicOf[m] = topic.slug;

  // What does not depend on the related papers is put together while the worker finds them:
  // each topic's keywords and graph (keyword slugs are handed out in the same order as before),
  // the keyword lists, the catalogue graph and the topic centroids.
  const parts = drafts.map(({ topic, members }) =>
    members.length > 0 ? { keywords: topic.phrases.map(ref), graph: buildKeywordGraph(members.map((m) => paperKeyphrases[m]!), refOf, TOPIC_GRAPH) } : undefined,
  );

  // Keywords.
  const papersOfKey = new Map<string, number[]>();
  paperKeyphrases.forEach((keys, i) => {
    for (const key of keys) {
      const list = papersOfKey.get(key) ?? [];
      list.push(i);
      papersOfKey.set(key, list);
    }
  });
  const pairCounts = new Map<string, Map<string, number>>();
  for (const keys of paperKeyphrases) {
    for (const a of keys) {
      const m = pairCounts.get(a) ?? new Map<string, number>();
      for (const b of keys) if (a !== b) m.set(b, (m.get(b) ?? 0) + 1);
      pairCounts.set(a, m);
    }
  }
  const keywords: Keyword[] = [...papersOfKey]
    .map(([key, members]) => {
      // The 8 first partners in this order (a total order: slugs are unique), without sorting all
      // of them: a common keyword co-occurs with thousands of others in a 100k catalogue. Among
      // partners met equally often, the rarer one (in the basis) is the more telling: for a fixed
      // co-occurrence count that is what NPMI ranks first, but basis frequencies stay put when
      // a dump arrives, so only the keywords the new papers carry get a new list.
      const before = (a: Partner, b: Partner) => b.both - a.both || a.frequency - b.frequency || (ref(a.other).slug < ref(b.other).slug ? -1 : 1);
      const top: Partner[] = [];
      for (const [other, both] of pairCounts.get(key) ?? []) {
        if (top.length === COOCCURRING && both < top[COOCCURRING - 1]!.both) continue;
        const partner = { other, both, frequency: basis.stats.df.get(other) ?? 0 };
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

  const graph = buildKeywordGraph(paperKeyphrases, refOf, CATALOGUE_GRAPH);
  const centroidOf = new Map(drafts.map(({ topic, members }) => [topic.slug, meanOf(members.map((m) => vectors[m]!))]));
  const slugsInOrder = drafts.map(({ topic }) => topic.slug);

  const related = relatedTask.result();
  const enriched: EnrichedPaper[] = papers.map((paper, i) => ({
    ...paper,
    topic: topicOf[i]!,
    keywords: paperKeyphrases[i]!.map(ref),
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
  // A topic left without papers has no parts and is dropped.
  const topics: Topic[] = drafts.flatMap(({ topic, members }, t) => {
    const part = parts[t];
    if (part === undefined) return [];
    const byLink = [...(links.get(topic.slug) ?? [])].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([s]) => s);
    const relatedTopics = byLink.slice(0, 4);
    if (relatedTopics.length < 3) {
      const own = centroidOf.get(topic.slug)!;
      const byCentroid = slugsInOrder
        .filter((s) => s !== topic.slug && s !== MISCELLANY.slug && !relatedTopics.includes(s))
        .map((s) => [s, sparseDot(own, centroidOf.get(s)!)] as const)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      for (const [s] of byCentroid.slice(0, 3 - relatedTopics.length)) relatedTopics.push(s);
    }
    return [
      {
        slug: topic.slug,
        label: topic.label,
        keywords: part.keywords,
        papers: members.map((m) => papers[m]!.slug),
        npmi: topic.npmi,
        related: relatedTopics,
        miscellany: topic.miscellany,
        graph: part.graph,
      },
    ];
  });
  topics.sort((a, b) => (a.miscellany !== b.miscellany ? (a.miscellany ? 1 : -1) : a.label < b.label ? -1 : 1));

  const regular = topics.filter((t) => !t.miscellany);
  const quality: TopicQuality = {
    topics: regular.length,
    meanNpmi: round(regular.reduce((s, t) => s + t.npmi, 0) / Math.max(1, regular.length)),
    diversity: round(topicDiversityOf(topics)),
  };
  const record: BasisRecord = { dumps: basisDumps, seed: basisSeed(basis), source };
  return { papers: enriched, topics, keywords, graph, quality, basis: record, diagnostics };
}

/** Co-occurring keywords listed per keyword. */
const COOCCURRING = 8;

interface Partner {
  other: string;
  /** Papers carrying both keywords. */
  both: number;
  /** Basis papers whose candidates hold the partner. */
  frequency: number;
}

function topicDiversityOf(topics: Topic[]): number {
  const lists = topics.map((t) => t.keywords.map((k) => k.slug));
  const total = lists.reduce((s, l) => s + l.length, 0);
  return total === 0 ? 0 : new Set(lists.flat()).size / total;
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
