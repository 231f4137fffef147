/**
 * Corpus-aware keyphrase selection: folds acronyms and spelling variants of
 * every paper's candidates into shared keys, scores them by a tf-idf-like
 * measure with a title boost and a phrase-length prior, and picks 5–12
 * non-overlapping keyphrases per paper.
 */
import type { Candidate, PaperCandidates } from './extract-candidates.ts';
import { slugifyPhrase } from './normalise-phrase.ts';
import { isGenericWord } from './stopwords.ts';

/** Fewest keyphrases a paper gets, unless its text has fewer valid candidates. */
export const MIN_KEYPHRASES = 5;
/** Most keyphrases a paper gets. */
export const MAX_KEYPHRASES = 12;

/** A keyphrase of the catalogue after folding. */
export interface KeyphraseInfo {
  /** Normal form. */
  key: string;
  slug: string;
  /** Display form. */
  label: string;
  /** Number of papers whose candidates contain it (after folding). */
  df: number;
}

/** Output of {@link selectKeyphrases}. */
export interface KeyphraseSelection {
  /** Per paper, the folded candidates (key → weighted count), used for vectors. */
  paperTerms: Map<string, number>[];
  /** Per paper, the chosen keyphrase keys, best first. */
  paperKeyphrases: string[][];
  /** Every folded key seen, with df, slug and display form. */
  phrases: Map<string, KeyphraseInfo>;
}

interface Folded {
  key: string;
  tokens: number;
  count: number;
  inTitle: boolean;
  isAcronym: boolean;
}

function lengthPrior(c: Folded): number {
  if (c.tokens === 1) return c.isAcronym ? 0.8 : 0.4;
  if (c.tokens === 2) return 1;
  if (c.tokens === 3) return 1.1;
  if (c.tokens === 4) return 0.95;
  return 0.8;
}

function sharePrior(df: number): number {
  if (df <= 1) return 0.45;
  if (df === 2) return 0.8;
  return 1;
}

function overlaps(a: string, b: string): boolean {
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

function pickLabel(surfaces: Map<string, number>, acronym: string | undefined): string {
  const groups = new Map<string, { total: number; forms: Map<string, number> }>();
  for (const [surface, count] of surfaces) {
    const lower = surface.toLowerCase();
    let group = groups.get(lower);
    if (!group) groups.set(lower, (group = { total: 0, forms: new Map() }));
    group.total += count;
    group.forms.set(surface, count);
  }
  let best: [string, { total: number; forms: Map<string, number> }] | undefined;
  for (const entry of groups) {
    if (!best || entry[1].total > best[1].total || (entry[1].total === best[1].total && entry[0] < best[0])) best = entry;
  }
  if (!best) return '';
  let label = '';
  let labelCount = -1;
  for (const [form, count] of best[1].forms) {
    if (count > labelCount || (count === labelCount && form < label)) [label, labelCount] = [form, count];
  }
  // A lowercase spelling beats title-case ones from titles and sentence starts.
  const lowerForm = label
    .split(' ')
    .map((w) => ((w.match(/[A-Z]/g)?.length ?? 0) >= 2 ? w : w.toLowerCase()))
    .join(' ');
  if (best[1].forms.has(lowerForm)) label = lowerForm;
  return acronym ? `${label} (${acronym})` : label;
}

/**
 * Folds and scores candidates across the catalogue and selects each paper's
 * keyphrases. `papers[i]` are the candidates of paper `i`.
 */
export function selectKeyphrases(papers: PaperCandidates[]): KeyphraseSelection {
  const n = papers.length;

  // Acronyms: a short form folds into the long form its paper defines, or
  // into the catalogue's long form when the catalogue agrees on one (>= 75%).
  const definitions = new Map<string, Map<string, number>>();
  const shortSurface = new Map<string, Map<string, number>>();
  for (const paper of papers) {
    for (const [short, { long, short: surface }] of paper.acronyms) {
      const longs = definitions.get(short) ?? new Map<string, number>();
      longs.set(long, (longs.get(long) ?? 0) + 1);
      definitions.set(short, longs);
      const surfaces = shortSurface.get(long) ?? new Map<string, number>();
      surfaces.set(surface, (surfaces.get(surface) ?? 0) + 1);
      shortSurface.set(long, surfaces);
    }
  }
  const globalLong = new Map<string, string>();
  for (const [short, longs] of [...definitions].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const sorted = [...longs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const total = sorted.reduce((sum, [, c]) => sum + c, 0);
    if (sorted[0]![1] / total >= 0.75) globalLong.set(short, sorted[0]![0]);
  }

  // Spelling variants that differ only in spaces (`pre trained` / `pretrained`) fold into the commoner one.
  const rawDf = new Map<string, number>();
  for (const paper of papers) for (const key of paper.candidates.keys()) rawDf.set(key, (rawDf.get(key) ?? 0) + 1);
  const compactBest = new Map<string, string>();
  for (const [key, df] of rawDf) {
    const compact = key.replace(/ /g, '');
    const current = compactBest.get(compact);
    if (current === undefined || df > rawDf.get(current)! || (df === rawDf.get(current) && key < current)) compactBest.set(compact, key);
  }
  const canonical = (key: string): string => compactBest.get(key.replace(/ /g, '')) ?? key;

  const surfaces = new Map<string, Map<string, number>>();
  const folded: Map<string, Folded>[] = papers.map((paper) => {
    const out = new Map<string, Folded>();
    const put = (key: string, c: Candidate, tokens: number, isAcronym: boolean): void => {
      const existing = out.get(key);
      if (existing) {
        existing.count += c.count;
        existing.inTitle ||= c.inTitle;
      } else out.set(key, { key, tokens, count: c.count, inTitle: c.inTitle, isAcronym });
    };
    for (const c of paper.candidates.values()) {
      const long = c.tokens === 1 ? (paper.acronyms.get(c.key)?.long ?? globalLong.get(c.key)) : undefined;
      if (long !== undefined) {
        const key = canonical(long);
        put(key, c, key.split(' ').length, false);
        continue;
      }
      const key = canonical(c.key);
      put(key, c, c.tokens, c.isAcronym);
      let forms = surfaces.get(key);
      if (!forms) surfaces.set(key, (forms = new Map()));
      for (const [surface, count] of c.surfaces) forms.set(surface, (forms.get(surface) ?? 0) + count);
    }
    return out;
  });

  const df = new Map<string, number>();
  for (const paper of folded) for (const key of paper.keys()) df.set(key, (df.get(key) ?? 0) + 1);

  const phrases = new Map<string, KeyphraseInfo>();
  for (const [key, count] of df) {
    const acronymForms = shortSurface.get(key);
    let acronym: string | undefined;
    if (acronymForms) {
      acronym = [...acronymForms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    }
    const label = pickLabel(surfaces.get(key) ?? new Map([[key, 1]]), acronym) || key;
    phrases.set(key, { key, slug: slugifyPhrase(key), label, df: count });
  }

  const paperTerms: Map<string, number>[] = [];
  const paperKeyphrases: string[][] = [];
  const logN = Math.log(Math.max(n, 2));
  for (const paper of folded) {
    const scored: { c: Folded; score: number }[] = [];
    const terms = new Map<string, number>();
    for (const c of paper.values()) {
      const d = df.get(c.key)!;
      terms.set(c.key, c.count + (c.inTitle ? 1 : 0));
      if (!isKeyphraseCandidate(c, d)) continue;
      const tf = c.count + (c.inTitle ? 2 : 0);
      const idf = Math.log(n / d) + 0.1 * logN;
      const common = d > 0.25 * n ? 0.5 : 1;
      scored.push({ c, score: (1 + Math.log(tf)) * idf * sharePrior(d) * lengthPrior(c) * common });
    }
    scored.sort((a, b) => b.score - a.score || (a.c.key < b.c.key ? -1 : 1));
    paperTerms.push(terms);
    paperKeyphrases.push(pickNonOverlapping(scored));
  }
  return { paperTerms, paperKeyphrases, phrases };
}

/** Last words that make a phrase an adjective (`large-scale`, `training-free`), not a keyword. */
const ADJECTIVE_HEADS = new Set(
  `scale driven source box dimensional order based free aware specific case world efficient agnostic level wise like
  rank shot step sized grained defined facto time end art`.split(/\s+/),
);
const ADJECTIVE_SUFFIX = /(able|ible|ive|ous|al|ic|ary|ful|less)$/;
const NOUNS_LIKE_ADJECTIVES = new Set(
  `signal potential interval retrieval proposal removal trial tutorial arrival manual journal animal terminal capital
  portal topic logic metric heuristic arithmetic mechanic clinic graphic objective derivative alternative primitive
  incentive initiative summary dictionary boundary library vocabulary binary individual rival criterion approval
  diagonal manifold kernel channel tensor atlas`.split(/\s+/),
);

function isKeyphraseCandidate(c: Folded, df: number): boolean {
  if (/^\d/.test(c.key)) return false;
  const last = c.key.slice(c.key.lastIndexOf(' ') + 1);
  if (!c.isAcronym && (ADJECTIVE_HEADS.has(last) || (ADJECTIVE_SUFFIX.test(last) && !NOUNS_LIKE_ADJECTIVES.has(last)))) return false;
  if (c.tokens > 1) return true;
  if (c.isAcronym) return !/^\d+$/.test(c.key);
  return c.key.length >= 4 && df >= 2 && !isGenericWord(c.key);
}

function pickNonOverlapping(scored: { c: Folded; score: number }[]): string[] {
  const chosen: Folded[] = [];
  const top = scored[0]?.score ?? 0;
  const blocked = (c: Folded): boolean =>
    chosen.some((s) => overlaps(s.key, c.key) && !(c.tokens < s.tokens && c.count >= s.count + 2));
  for (const { c, score } of scored) {
    if (chosen.length >= MAX_KEYPHRASES) break;
    if (chosen.length >= MIN_KEYPHRASES && score < 0.3 * top) break;
    if (blocked(c)) continue;
    chosen.push(c);
  }
  // Short abstracts: fill up to the minimum with overlapping phrases rather than give fewer.
  for (const { c } of scored) {
    if (chosen.length >= MIN_KEYPHRASES) break;
    if (!chosen.includes(c)) chosen.push(c);
  }
  return chosen.map((c) => c.key);
}
