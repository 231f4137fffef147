/**
 * Corpus-aware keyphrase selection: folds acronyms and spelling variants of
 * every paper's candidates into shared keys, scores them by a tf-idf-like
 * measure with a title boost and a phrase-length prior, and picks 5–12
 * non-overlapping keyphrases per paper.
 */
import type { PaperCandidates } from './extract-candidates.ts';
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

/** Terms of one paper: folded candidate keys and their counts. */
export interface PaperTerms {
  keys: string[];
  tf: Float32Array;
}

/** Output of {@link selectKeyphrases}. */
export interface KeyphraseSelection {
  /** Per paper, the folded candidates with their counts (title counts once more), used for vectors. */
  paperTerms: PaperTerms[];
  /** Per paper, the chosen keyphrase keys, best first. */
  paperKeyphrases: string[][];
  /** Every chosen keyphrase, with df (papers whose folded candidates contain it), slug and display form. */
  phrases: Map<string, KeyphraseInfo>;
  /** The corpus figures the selection used; later papers are scored against them ({@link selectPaperKeyphrases}). */
  stats: KeyphraseStats;
}

/**
 * What keyphrase selection learns from a corpus and applies to each of its papers: how short
 * forms and spelling variants fold, and in how many papers each folded key occurs.
 */
export interface KeyphraseStats {
  /** Papers of the corpus. */
  n: number;
  /** Short forms that fold into the corpus's long form (>= 75% of their definitions agree). */
  globalLong: Map<string, string>;
  /** Kept spelling of each key's space-free form (`pretrained` for `pre trained` and `pretrained`). */
  compactBest: Map<string, string>;
  /** Papers whose folded candidates contain each key. */
  df: Map<string, number>;
  /** Surface forms of the short forms defined for each long form, with counts (for labels such as `low-rank adaptation (LoRA)`). */
  shortSurface: Map<string, Map<string, number>>;
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

/** A paper's text, as {@link selectKeyphrases} reads it. */
export interface PaperText {
  title: string;
  abstract: string;
}

/** One paper's candidates without surface forms, to keep 100k papers in memory. */
export interface CompactCandidates {
  keys: string[];
  counts: Int32Array;
  inTitle: Uint8Array;
  isAcronym: Uint8Array;
  acronyms: PaperCandidates['acronyms'];
}

/** Gives the compact candidates of every paper, in paper order, keys passed through `intern`. */
export type CandidateCompactor = (intern: (key: string) => string) => CompactCandidates[];

/** A paper's candidates without their surface forms, keys passed through `intern` (e.g. to share equal strings). */
export function compactCandidates(paper: PaperCandidates, intern: (key: string) => string = (key) => key): CompactCandidates {
  const list = [...paper.candidates.values()];
  return {
    keys: list.map((c) => intern(c.key)),
    counts: Int32Array.from(list, (c) => c.count),
    inTitle: Uint8Array.from(list, (c) => (c.inTitle ? 1 : 0)),
    isAcronym: Uint8Array.from(list, (c) => (c.isAcronym ? 1 : 0)),
    acronyms: paper.acronyms,
  };
}

/** {@link compactCandidates} of papers `[from, to)`. */
export function compactRange(
  extract: (paper: number) => PaperCandidates,
  from: number,
  to: number,
  intern?: (key: string) => string,
): CompactCandidates[] {
  const out: CompactCandidates[] = [];
  for (let i = from; i < to; i++) out.push(compactCandidates(extract(i), intern));
  return out;
}

/** What the display-form pass looks for: the chosen keyphrases, and which candidates fold into them. */
export interface SurfaceQuery {
  /** Each chosen keyphrase by its spelling without spaces: a candidate folds into the one that shares it. */
  chosenByJoined: Map<string, string>;
  /** Short forms that fold into the catalogue's long form; with the paper's own definitions, candidates that fold via an acronym. */
  globalLong: Map<string, string>;
}

/** Surface forms of chosen keyphrases with their counts, by keyphrase. */
export type SurfaceCounts = Map<string, Map<string, number>>;

/** Collects the {@link SurfaceCounts} of every paper for a query (all papers on one thread, or split). */
export type SurfaceCollector = (query: SurfaceQuery) => SurfaceCounts;

/**
 * The display-form pass over papers `[from, to)`: surface forms of the candidates that fold
 * into a chosen keyphrase by spelling (not via an acronym), counted per keyphrase.
 *
 * @param extract Candidates of paper `i`, as given to {@link selectKeyphrases}.
 */
export function collectSurfaces(extract: (paper: number) => PaperCandidates, from: number, to: number, query: SurfaceQuery): SurfaceCounts {
  const surfaces: SurfaceCounts = new Map();
  for (let i = from; i < to; i++) {
    const paper = extract(i);
    for (const c of paper.candidates.values()) {
      if (c.tokens === 1 && (paper.acronyms.get(c.key)?.long ?? query.globalLong.get(c.key)) !== undefined) continue;
      const key = query.chosenByJoined.get(c.key.replace(/ /g, ''));
      if (key === undefined) continue;
      let forms = surfaces.get(key);
      if (!forms) surfaces.set(key, (forms = new Map()));
      for (const [surface, count] of c.surfaces) forms.set(surface, (forms.get(surface) ?? 0) + count);
    }
  }
  return surfaces;
}

/** Adds the counts of `more` into `into` (counts are whole numbers: any order gives the same sums). */
export function mergeSurfaces(into: SurfaceCounts, more: SurfaceCounts): SurfaceCounts {
  for (const [key, forms] of more) {
    const target = into.get(key);
    if (!target) into.set(key, new Map(forms));
    else for (const [surface, count] of forms) target.set(surface, (target.get(surface) ?? 0) + count);
  }
  return into;
}

/**
 * Folds and scores candidates across the catalogue and selects each paper's
 * keyphrases. `extract(i)` gives the candidates of paper `i`; it is called
 * twice per paper (once to count, once to collect display forms of the
 * chosen keyphrases), so that surface forms of every candidate never have
 * to be held at once.
 *
 * @param collect Runs the display-form pass ({@link collectSurfaces} over every paper by default),
 *   e.g. split across threads; labels do not depend on how the papers are split.
 * @param compactAll Runs the counting pass ({@link compactRange} over every paper by default),
 *   e.g. split across threads.
 */
export function selectKeyphrases(
  n: number,
  extract: (paper: number) => PaperCandidates,
  collect: SurfaceCollector = (query) => collectSurfaces(extract, 0, n, query),
  compactAll: CandidateCompactor = (intern) => compactRange(extract, 0, n, intern),
): KeyphraseSelection {
  const interned = new Map<string, string>();
  const papers = compactAll((key) => {
    const known = interned.get(key);
    if (known !== undefined) return known;
    interned.set(key, key);
    return key;
  });
  interned.clear();

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
  for (const paper of papers) for (const key of paper.keys) rawDf.set(key, (rawDf.get(key) ?? 0) + 1);
  const compactBest = new Map<string, string>();
  for (const [key, df] of rawDf) {
    if (!key.includes(' ') && rawDf.size > 0 && !compactBest.has(key)) {
      compactBest.set(key, key);
      continue;
    }
    const joined = key.replace(/ /g, '');
    const current = compactBest.get(joined);
    if (current === undefined || df > (rawDf.get(current) ?? 0) || (df === rawDf.get(current) && key < current)) compactBest.set(joined, key);
  }
  // Every key met again below is a key of some paper, so its canonical form is looked up once here.
  const canonicalOf = new Map<string, string>();
  for (const key of rawDf.keys()) canonicalOf.set(key, compactBest.get(key.replace(/ /g, '')) ?? key);
  rawDf.clear();
  const canonical = (key: string): string => canonicalOf.get(key) ?? compactBest.get(key.replace(/ /g, '')) ?? key;

  const folded: Map<string, Folded>[] = papers.map((paper) => foldCandidates(paper, canonical, globalLong));
  papers.length = 0;

  const df = new Map<string, number>();
  for (const paper of folded) for (const key of paper.keys()) df.set(key, (df.get(key) ?? 0) + 1);

  const paperTerms: PaperTerms[] = [];
  const paperKeyphrases: string[][] = [];
  for (let p = 0; p < folded.length; p++) {
    const { terms, keyphrases } = scoreFolded(folded[p]!, (key) => df.get(key)!, n);
    paperTerms.push(terms);
    paperKeyphrases.push(keyphrases);
    folded[p] = new Map();
  }

  // Display forms of the chosen keyphrases: a second pass over the texts. A chosen key is canonical
  // (the kept spelling of its space-free form), and every candidate's canonical form is the kept
  // spelling of its own space-free form: so a candidate folds into a chosen key exactly when the two
  // are spelled alike without spaces.
  const chosen = new Set(paperKeyphrases.flat());
  const chosenByJoined = new Map([...chosen].map((key) => [key.replace(/ /g, ''), key]));
  const surfaces = collect({ chosenByJoined, globalLong });
  const phrases = new Map<string, KeyphraseInfo>();
  for (const key of [...chosen].sort()) {
    const acronymForms = shortSurface.get(key);
    const acronym = acronymForms
      ? [...acronymForms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]
      : undefined;
    const label = pickLabel(surfaces.get(key) ?? new Map([[key, 1]]), acronym) || key;
    phrases.set(key, { key, slug: slugifyPhrase(key), label, df: df.get(key)! });
  }
  return { paperTerms, paperKeyphrases, phrases, stats: { n, globalLong, compactBest, df, shortSurface } };
}

/** The folded candidates of one paper: acronyms into their long forms, spellings into the kept one. */
function foldCandidates(paper: CompactCandidates, canonical: (key: string) => string, globalLong: ReadonlyMap<string, string>): Map<string, Folded> {
  const out = new Map<string, Folded>();
  paper.keys.forEach((raw, i) => {
    const tokens = raw.split(' ').length;
    const long = tokens === 1 ? (paper.acronyms.get(raw)?.long ?? globalLong.get(raw)) : undefined;
    const viaAcronym = long !== undefined;
    const key = viaAcronym ? canonical(long) : canonical(raw);
    const count = paper.counts[i]!;
    const inTitle = paper.inTitle[i] === 1;
    const existing = out.get(key);
    if (existing) {
      existing.count += count;
      existing.inTitle ||= inTitle;
    } else {
      out.set(key, {
        key,
        tokens: viaAcronym ? key.split(' ').length : tokens,
        count,
        inTitle,
        isAcronym: !viaAcronym && paper.isAcronym[i] === 1,
      });
    }
  });
  return out;
}

/** A paper's terms (for vectors) and keyphrases, its folded candidates scored against `dfOf` over `n` papers. */
function scoreFolded(paper: ReadonlyMap<string, Folded>, dfOf: (key: string) => number, n: number): { terms: PaperTerms; keyphrases: string[] } {
  const logN = Math.log(Math.max(n, 2));
  const scored: { c: Folded; score: number }[] = [];
  const keys: string[] = [];
  const tf: number[] = [];
  // A phrase that only ever occurs inside a longer candidate of the paper
  // (`large language` in `large language model`) is a fragment of it.
  const fragments = new Set<string>();
  for (const c of paper.values()) {
    if (c.tokens < 2) continue;
    const tokens = c.key.split(' ');
    for (let i = 0; i < tokens.length; i++) {
      for (let j = i + 1; j <= tokens.length; j++) {
        if (j - i === tokens.length) continue;
        const sub = paper.get(tokens.slice(i, j).join(' '));
        if (sub && sub.count <= c.count) fragments.add(sub.key);
      }
    }
  }
  for (const c of paper.values()) {
    const d = dfOf(c.key);
    keys.push(c.key);
    tf.push(c.count + (c.inTitle ? 1 : 0));
    if (!isKeyphraseCandidate(c, d)) continue;
    const boosted = c.count + (c.inTitle ? 2 : 0);
    const idf = Math.log(n / d) + 0.1 * logN;
    const common = d > 0.25 * n ? 0.5 : 1;
    const fragment = fragments.has(c.key) ? 0.5 : 1;
    scored.push({ c, score: (1 + Math.log(boosted)) * idf * sharePrior(d) * lengthPrior(c) * common * fragment });
  }
  scored.sort((a, b) => b.score - a.score || (a.c.key < b.c.key ? -1 : 1));
  return { terms: { keys, tf: Float32Array.from(tf) }, keyphrases: pickNonOverlapping(scored) };
}

/** What {@link selectPaperKeyphrases} gives for one paper. */
export interface PaperKeyphrases {
  /** Folded candidates with their counts (title counts once more), for the paper's vector. */
  terms: PaperTerms;
  /** Chosen keyphrase keys, best first. */
  keyphrases: string[];
  /** Display form of each chosen key, from this paper's own spellings (and its acronym, if the corpus or the paper defines one). */
  labels: Map<string, string>;
}

/**
 * Keyphrases of a paper that is not part of the corpus `stats` were learnt from, scored as if it
 * were added to that corpus alone: each folded key counts the corpus's papers plus this one. So a
 * paper's keyphrases depend only on its own text and the corpus, not on other papers added since.
 */
export function selectPaperKeyphrases(paper: PaperCandidates, stats: KeyphraseStats): PaperKeyphrases {
  const { compactBest, globalLong, df, n } = stats;
  const canonical = (key: string): string => compactBest.get(key.replace(/ /g, '')) ?? key;
  const folded = foldCandidates(compactCandidates(paper), canonical, globalLong);
  const { terms, keyphrases } = scoreFolded(folded, (key) => (df.get(key) ?? 0) + 1, n + 1);
  const chosenByJoined = new Map(keyphrases.map((key) => [key.replace(/ /g, ''), key]));
  const surfaces = collectSurfaces(() => paper, 0, 1, { chosenByJoined, globalLong });
  const labels = new Map<string, string>();
  for (const key of keyphrases) {
    const definedHere = [...paper.acronyms.values()].find((definition) => canonical(definition.long) === key)?.short;
    const corpusForms = stats.shortSurface.get(key);
    const acronym = corpusForms ? [...corpusForms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0] : definedHere;
    labels.set(key, pickLabel(surfaces.get(key) ?? new Map([[key, 1]]), acronym) || key);
  }
  return { terms, keyphrases, labels };
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
