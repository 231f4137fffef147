/**
 * Papers of the dumps after the basis (`basis-dumps.ts`), enriched against it: keyphrases scored
 * with the basis's phrase statistics, a vector in the basis vocabulary, and the basis topic whose
 * centroid is nearest. Each paper's result depends only on its own text and the basis (and, for
 * its topic, on how full the topics already are), so a new dump leaves the papers before it as
 * they were.
 */
import type { Paper } from '../model.ts';
import { MAX_TOPIC_SHARE, MISC_SIMILARITY } from './assign-topics.ts';
import { centroidOf, indexCentroids, scoreCentroids } from './cluster-papers.ts';
import { KEYPHRASE_BOOST, type Basis } from './compute-basis.ts';
import { extractCandidates } from './extract-candidates.ts';
import { unpackVectors } from './packed-vectors.ts';
import { selectPaperKeyphrases } from './select-keyphrases.ts';
import { vectorIn, type SparseVector } from './sparse-vectors.ts';

/** What {@link enrichLaterPapers} gives, per later paper in the order given. */
export interface LaterPapers {
  /** Chosen keyphrase keys, best first. */
  paperKeyphrases: string[][];
  /** Display form of every key chosen by a later paper and by no basis paper: the first such paper's spelling. */
  labels: Map<string, string>;
  vectors: SparseVector[];
  /** Index of the basis topic of each paper (into `basis.topics`), -1 for the miscellany. */
  topics: Int32Array;
}

/**
 * Enriches papers that came after the basis, in catalogue order.
 *
 * @param catalogueSize Papers in the whole catalogue, for the cap on a topic's share.
 */
export function enrichLaterPapers(papers: readonly Paper[], basis: Basis, catalogueSize: number): LaterPapers {
  const paperKeyphrases: string[][] = [];
  const labels = new Map<string, string>();
  const vectors: SparseVector[] = [];
  for (const paper of papers) {
    const selected = selectPaperKeyphrases(extractCandidates(paper.title, paper.abstractText), basis.stats);
    paperKeyphrases.push(selected.keyphrases);
    for (const [key, label] of selected.labels) if (!basis.phrases.has(key) && !labels.has(key)) labels.set(key, label);
    const keys = new Set(selected.keyphrases);
    vectors.push(vectorIn(basis.vocabulary, selected.terms, (term) => (keys.has(term) ? KEYPHRASE_BOOST : 1)));
  }
  return { paperKeyphrases, labels, vectors, topics: nearestTopics(vectors, basis, catalogueSize) };
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
