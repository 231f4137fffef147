/**
 * Papers to topics: spherical k-means on paper vectors (seeded with the
 * previous build's topics when there is one), then the rules of issue #3 —
 * tiny clusters dissolve, papers that fit nowhere go to the miscellany, no
 * topic holds more than 15% of the papers, and a paper keeps its previous
 * topic while it still fits reasonably.
 */
import { centroidOf, clusterPapers, indexCentroids } from './cluster-papers.ts';
import { nearestCentroids, type NearestCentroids } from './nearest-centroids.ts';
import { sparseDot } from './sparse-vectors.ts';
import type { SparseVector } from './sparse-vectors.ts';

/** Most papers a topic may hold, as a share of the catalogue. */
export const MAX_TOPIC_SHARE = 0.15;
/** Smallest topic; smaller clusters are dissolved. */
export const MIN_TOPIC_SIZE = 3;
/** A paper less similar than this to every topic centroid fits nowhere. */
export const MISC_SIMILARITY = 0.15;
/** A paper stays in its previous topic while its similarity there is at least this share of its best. */
export const STICKY_SHARE = 0.6;
/** Best clusters remembered per paper, for moving papers out of dissolved or full topics. */
const RANKED = 5;

/** Number of topics for `n` papers: about 1.6·√n, at least 1. */
export function topicCount(n: number): number {
  return Math.max(1, Math.round(1.6 * Math.sqrt(n)));
}

/** Previous topic of some papers, as indices into the current paper list. */
export interface PreviousGroup {
  slug: string;
  members: number[];
}

/** Result of {@link assignTopics}: cluster of each paper (-1 = miscellany) and previous slug of matched clusters. */
export interface TopicAssignment {
  k: number;
  assignment: Int32Array;
  /** Previous topic slug a cluster continues, if any. */
  continues: (string | undefined)[];
  centroids: SparseVector[];
}

/**
 * Assigns papers to topics. `previous` lists the previous build's non-miscellany topics; `previousMisc` its miscellany.
 * `nearest` runs k-means' assignment step over these same vectors (see `nearestCentroids`); the result does not depend on it.
 */
export function assignTopics(
  vectors: readonly SparseVector[],
  dimensions: number,
  previous: readonly PreviousGroup[],
  previousMisc: ReadonlySet<number>,
  nearest?: NearestCentroids,
): TopicAssignment {
  const n = vectors.length;
  const seededPrevious = previous.filter((group) => group.members.length > 0);
  const initial = seededPrevious.map((group) => centroidOf(group.members.map((m) => vectors[m]!)));
  const k = Math.min(n, Math.max(topicCount(n), initial.length));
  const near = nearest ?? nearestCentroids(vectors, dimensions, { maxClusters: k, minPapers: Infinity });
  const { assignment, centroids, changedSinceLastStep } = clusterPapers(vectors, { k, dimensions, initial, nearest: near });

  // Each paper's few best clusters (rescoring only centroids changed since k-means' last step), and similarity to any cluster on demand.
  const ranked = near.rank(indexCentroids(centroids, dimensions), RANKED, changedSinceLastStep);
  const sim = (p: number, c: number): number => sparseDot(vectors[p]!, centroids[c]!);
  const best = (p: number, exclude: (c: number) => boolean): number => {
    for (const c of ranked[p]!) if (!exclude(c)) return c;
    return -1;
  };

  // Clusters continue the previous topic they share most papers with.
  const continues: (string | undefined)[] = Array.from({ length: k }, () => undefined);
  const overlaps: { c: number; g: number; overlap: number }[] = [];
  seededPrevious.forEach((group, g) => {
    const counts = new Map<number, number>();
    for (const m of group.members) counts.set(assignment[m]!, (counts.get(assignment[m]!) ?? 0) + 1);
    for (const [c, overlap] of counts) if (overlap >= Math.min(2, group.members.length)) overlaps.push({ c, g, overlap });
  });
  overlaps.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.c - b.c);
  const usedGroups = new Set<number>();
  for (const { c, g } of overlaps) {
    if (continues[c] !== undefined || usedGroups.has(g)) continue;
    continues[c] = seededPrevious[g]!.slug;
    usedGroups.add(g);
  }
  const clusterOfSlug = new Map<string, number>();
  continues.forEach((slug, c) => slug !== undefined && clusterOfSlug.set(slug, c));

  const sticky = new Uint8Array(n);
  for (const group of seededPrevious) {
    const c = clusterOfSlug.get(group.slug);
    if (c === undefined) continue;
    for (const m of group.members) {
      const top = sim(m, assignment[m]!);
      if (sim(m, c) >= MISC_SIMILARITY && sim(m, c) >= STICKY_SHARE * top) {
        assignment[m] = c;
        sticky[m] = 1;
      }
    }
  }
  for (let p = 0; p < n; p++) {
    const top = sim(p, assignment[p]!);
    // A paper that was in the miscellany stays there unless it now fits a topic well.
    if (top < MISC_SIMILARITY || (previousMisc.has(p) && top < 2 * MISC_SIMILARITY)) assignment[p] = -1;
  }

  // Dissolve clusters too small to be topics, smallest first.
  const dissolved = new Set<number>();
  const sizes = (): Int32Array => {
    const s = new Int32Array(k);
    for (const c of assignment) if (c >= 0) s[c]!++;
    return s;
  };
  for (;;) {
    const s = sizes();
    let smallest = -1;
    for (let c = 0; c < k; c++) if (!dissolved.has(c) && s[c]! < MIN_TOPIC_SIZE && (smallest < 0 || s[c]! < s[smallest]!)) smallest = c;
    if (smallest < 0) break;
    dissolved.add(smallest);
    for (let p = 0; p < n; p++) {
      if (assignment[p] !== smallest) continue;
      const next = best(p, (c) => dissolved.has(c));
      assignment[p] = next >= 0 && sim(p, next) >= MISC_SIMILARITY ? next : -1;
    }
  }

  // Cap topic size: move the papers with the weakest hold, non-sticky first.
  const cap = Math.max(MIN_TOPIC_SIZE, Math.floor(MAX_TOPIC_SHARE * n));
  for (let round = 0; round < k; round++) {
    const s = sizes();
    let over = -1;
    for (let c = 0; c < k; c++) if (s[c]! > cap && (over < 0 || s[c]! > s[over]!)) over = c;
    if (over < 0) break;
    const full = new Set<number>(dissolved);
    for (let c = 0; c < k; c++) if (s[c]! >= cap) full.add(c);
    const movers = [];
    for (let p = 0; p < n; p++) {
      if (assignment[p] !== over) continue;
      const next = best(p, (c) => full.has(c));
      movers.push({ p, next, loss: sticky[p]! + sim(p, over) - (next >= 0 ? sim(p, next) : 0) });
    }
    movers.sort((a, b) => a.loss - b.loss || a.p - b.p);
    for (const { p, next } of movers.slice(0, s[over]! - cap)) assignment[p] = next;
  }
  return { k, assignment, continues, centroids };
}
