/**
 * Papers of the dumps after the basis (`basis-dumps.ts`), enriched against it: keyphrases scored
 * with the basis's phrase statistics, a vector in the basis vocabulary, and the basis topic whose
 * centroid is nearest. Each paper's keyphrases and vector depend only on its own text and the
 * basis, so they can be kept between builds by the text's key ({@link laterTextKey}); its topic
 * depends on how full the topics already are, so it is placed on every build. A new dump leaves
 * the papers before it as they were.
 */
import { createHash } from 'node:crypto';
import type { Paper } from '../model.ts';
import { runInThread, runInWorker, type PendingTask } from '../parallel/sync-worker.ts';
import { MAX_TOPIC_SHARE, MISC_SIMILARITY } from './assign-topics.ts';
import { centroidOf, indexCentroids, scoreCentroids } from './cluster-papers.ts';
import { KEYPHRASE_BOOST, type Basis } from './compute-basis.ts';
import { extractCandidates } from './extract-candidates.ts';
import { unpackVectors } from './packed-vectors.ts';
import { selectPaperKeyphrases, type KeyphraseStats } from './select-keyphrases.ts';
import { vectorIn, type SparseVector, type Vocabulary } from './sparse-vectors.ts';

/** What a later paper gets from its text and the basis alone. */
export interface LaterPaperEnrichment {
  /** Chosen keyphrase keys, best first. */
  keyphrases: string[];
  /** Display form of each chosen key, from this paper's own spellings. */
  labels: [string, string][];
  /** Its vector in the basis vocabulary. */
  vector: SparseVector;
}

/** What {@link enrichLaterPapers} gives, per later paper in the order given. */
export interface LaterPapers {
  /** Chosen keyphrase keys, best first. */
  paperKeyphrases: string[][];
  /** Display form of every key chosen by a later paper and by no basis paper: the first such paper's spelling. */
  labels: Map<string, string>;
  vectors: SparseVector[];
  /** Index of the basis topic of each paper (into `basis.topics`), -1 for the miscellany. */
  topics: Int32Array;
  /** Every paper's enrichment by {@link laterTextKey}, to be kept for the next build. */
  enrichments: Map<string, LaterPaperEnrichment>;
}

/** Later papers from this many on (not known from before) are shared with a worker thread. */
export const LATER_WORKER_MIN_PAPERS = 3000;
/** Share of the papers given to the worker, which first starts up while the calling thread is already at work. */
const WORKER_SHARE = 0.45;

/** The part of a basis a later paper is enriched against. */
interface BasisFigures {
  stats: KeyphraseStats;
  vocabulary: Vocabulary;
}

/** What the worker task gets. */
export interface LaterTextsInput {
  texts: { title: string; abstractText: string }[];
  basis: BasisFigures;
}

/** The key a later paper's enrichment is kept under: its title and abstract (the basis is the store's own key). */
export function laterTextKey(paper: { title: string; abstractText: string }): string {
  return createHash('sha1').update(`${paper.title.length}:${paper.title}`).update(paper.abstractText).digest('base64url');
}

/** One later paper's keyphrases, labels and vector. */
export function enrichLaterText(paper: { title: string; abstractText: string }, basis: BasisFigures): LaterPaperEnrichment {
  const selected = selectPaperKeyphrases(extractCandidates(paper.title, paper.abstractText), basis.stats);
  const keys = new Set(selected.keyphrases);
  return {
    keyphrases: selected.keyphrases,
    labels: [...selected.labels],
    vector: vectorIn(basis.vocabulary, selected.terms, (term) => (keys.has(term) ? KEYPHRASE_BOOST : 1)),
  };
}

/** The worker task: {@link enrichLaterText} of each text, in order. */
export function enrichLaterTexts({ texts, basis }: LaterTextsInput): LaterPaperEnrichment[] {
  return texts.map((text) => enrichLaterText(text, basis));
}

/**
 * Enriches papers that came after the basis, in catalogue order.
 *
 * @param catalogueSize Papers in the whole catalogue, for the cap on a topic's share.
 * @param known Enrichments against this basis kept from an earlier build, by {@link laterTextKey}.
 * @param minWorkerPapers Fewest papers to enrich that are shared with a worker thread (the result is the same).
 */
export function enrichLaterPapers(
  papers: readonly Paper[],
  basis: Basis,
  catalogueSize: number,
  known: ReadonlyMap<string, LaterPaperEnrichment> = new Map(),
  minWorkerPapers = LATER_WORKER_MIN_PAPERS,
): LaterPapers {
  const keys = papers.map(laterTextKey);
  const found = keys.map((key) => known.get(key));
  const missing = papers.flatMap((paper, i) => (found[i] ? [] : [{ title: paper.title, abstractText: paper.abstractText }]));
  const figures: BasisFigures = { stats: basis.stats, vocabulary: basis.vocabulary };
  let tail: PendingTask<LaterPaperEnrichment[]> = runInThread(() => []);
  let head = missing;
  if (missing.length >= minWorkerPapers) {
    const split = missing.length - Math.floor(missing.length * WORKER_SHARE);
    tail = runInWorker(new URL('./enrich-later-papers.ts', import.meta.url), 'enrichLaterTexts', { texts: missing.slice(split), basis: figures } satisfies LaterTextsInput);
    head = missing.slice(0, split);
  }
  const fresh = [...enrichLaterTexts({ texts: head, basis: figures }), ...tail.result()];
  let next = 0;
  const enrichments = new Map<string, LaterPaperEnrichment>();
  const all = found.map((enrichment, i) => {
    const value = enrichment ?? fresh[next++]!;
    enrichments.set(keys[i]!, value);
    return value;
  });
  const labels = new Map<string, string>();
  for (const { labels: own } of all) for (const [key, label] of own) if (!basis.phrases.has(key) && !labels.has(key)) labels.set(key, label);
  const vectors = all.map((enrichment) => enrichment.vector);
  return {
    paperKeyphrases: all.map((enrichment) => enrichment.keyphrases),
    labels,
    vectors,
    topics: nearestTopics(vectors, basis, catalogueSize),
    enrichments,
  };
}

/**
 * The topic of each later paper: the most similar basis topic (by its papers' centroid) that is
 * not full, or the miscellany when no topic is similar enough. Papers are placed in order, each
 * counting towards the fullness of the topics of the papers before it.
 */
function nearestTopics(vectors: readonly SparseVector[], basis: Basis, catalogueSize: number): Int32Array {
  const regular = basis.topics.flatMap((t, i) => (t.miscellany ? [] : [i]));
  const basisVectors = unpackVectors(basis.vectors);
  const centroids = regular.map((i) => centroidOf(basis.topics[i]!.members.map((m) => basisVectors[m]!)));
  const index = indexCentroids(centroids, basis.vocabulary.terms.length);
  const sizes = regular.map((i) => basis.topics[i]!.members.length);
  const cap = Math.floor(MAX_TOPIC_SHARE * catalogueSize);
  const scores = new Float64Array(regular.length);
  return Int32Array.from(vectors, (vector) => {
    scores.fill(0);
    scoreCentroids(vector, index, scores);
    // The most similar topic that is not full (ties: the earlier topic).
    let best = -1;
    for (let c = 0; c < regular.length; c++) if (sizes[c]! < cap && (best < 0 || scores[c]! > scores[best]!)) best = c;
    if (best < 0 || scores[best]! < MISC_SIMILARITY) return -1;
    sizes[best]!++;
    return regular[best]!;
  });
}
