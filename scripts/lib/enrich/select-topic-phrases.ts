/**
 * The top phrases of a topic: its papers' keyphrases ranked by how much
 * more often they occur in the topic than in the catalogue, then picked
 * greedily so that they also co-occur with each other (which is what NPMI
 * coherence measures). Every phrase picked is a keyphrase of at least one
 * (normally two) of the topic's papers.
 */
import { pairNpmi } from './npmi-coherence.ts';
import type { PhraseOccurrenceIndex } from './phrase-occurrence-index.ts';

/** Phrases per topic used for labels, NPMI and diversity. */
export const TOPIC_PHRASES = 10;
/** Candidates considered per topic. */
const POOL = 30;
/** Weight of co-occurrence against distinctiveness when picking phrases. */
const COHERENCE_WEIGHT = 2;

/** Inputs of {@link selectTopicPhrases}. */
export interface TopicPhraseInput {
  /** Keyphrase keys of each of the topic's papers. */
  members: ReadonlyArray<readonly string[]>;
  /** Document ids (indices in the occurrence index) of the topic's papers. */
  memberIds: readonly number[];
  catalogueSize: number;
  index: PhraseOccurrenceIndex;
  /** Phrases already taken by other topics; they are not picked again. */
  taken: ReadonlySet<string>;
  /** Fewest topic papers carrying a phrase; 2 by default (1 for topics under 4 papers). */
  minCount?: number;
}

/**
 * Ranked distinctive phrases of a topic, most distinctive first: keyphrases
 * of at least `minCount` of its papers, scored by how many of its papers'
 * texts contain them times the log-lift of that share over the catalogue's.
 */
export function rankTopicPhrases(input: TopicPhraseInput): { key: string; score: number }[] {
  const size = input.members.length;
  const count = new Map<string, number>();
  for (const keys of input.members) for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
  const minCount = input.minCount ?? (size >= 4 ? 2 : 1);
  // Membership as a flag per document (set here, cleared below): phrases of a large topic occur in thousands of documents.
  if (inTopic.length < input.index.size) inTopic = new Uint8Array(input.index.size);
  const flags = inTopic;
  for (const m of input.memberIds) flags[m] = 1;
  try {
    return [...count]
      .filter(([key, c]) => c >= minCount && !input.taken.has(key))
      .map(([key, c]) => {
        const docs = input.index.documentsWith(key);
        let here = 0;
        for (let i = 0; i < docs.length; i++) here += flags[docs[i]!]!;
        // Keyphrases folded from acronyms may never occur spelled out; fall back to the keyphrase count.
        const hits = Math.max(here, 1);
        const lift = hits / size / (Math.max(docs.length, hits) / input.catalogueSize);
        return { key, score: (here > 0 ? here : c * 0.5) * Math.log(1 + lift) };
      })
      .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  } finally {
    for (const m of input.memberIds) flags[m] = 0;
  }
}

/** Scratch membership flags of {@link rankTopicPhrases}, all 0 between calls. */
let inTopic = new Uint8Array(0);

/** Picks up to {@link TOPIC_PHRASES} distinctive, mutually co-occurring phrases. */
export function selectTopicPhrases(input: TopicPhraseInput): string[] {
  let ranked = rankTopicPhrases(input).slice(0, POOL);
  if (ranked.length < TOPIC_PHRASES) {
    const seen = new Set(ranked.map((r) => r.key));
    const extra = rankTopicPhrases({ ...input, minCount: 1, taken: new Set([...input.taken, ...seen]) });
    ranked = ranked.concat(extra.filter((r) => !seen.has(r.key)));
  }
  if (ranked.length === 0) return [];
  const top = ranked[0]!.score;
  const docs = new Map(ranked.map((r) => [r.key, input.index.documentsWith(r.key)]));
  const chosen: string[] = [];
  // Each candidate's NPMI with the chosen phrases, summed in the order they were chosen: the newest
  // one's term is added after each pick, rather than every pair recomputed at every pick.
  const remaining = ranked.map((r) => ({ ...r, coherence: 0 }));
  while (chosen.length < TOPIC_PHRASES && remaining.length > 0) {
    const newest = chosen.at(-1);
    if (newest !== undefined) for (const r of remaining) r.coherence += pairNpmi(docs.get(r.key)!, docs.get(newest)!, input.index.size);
    let bestIndex = 0;
    let bestValue = -Infinity;
    remaining.forEach((r, i) => {
      const value = r.score / top + COHERENCE_WEIGHT * (chosen.length ? r.coherence / chosen.length : 0);
      if (value > bestValue) [bestIndex, bestValue] = [i, value];
    });
    chosen.push(remaining[bestIndex]!.key);
    remaining.splice(bestIndex, 1);
  }
  return chosen;
}
