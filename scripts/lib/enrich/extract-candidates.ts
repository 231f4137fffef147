/**
 * Candidate keyphrases of one paper: noun-phrase-like chunks of its title
 * and abstract, cut at punctuation, verbs and function words, and all their
 * 1–4 word sub-chunks, keyed by normal form.
 */
import { findAcronyms } from './find-acronyms.ts';
import { normaliseToken, surfaceTokens } from './normalise-phrase.ts';
import { isBoundaryWord, isGenericWord } from './stopwords.ts';

/** Longest candidate, in words (a hyphenated compound is one word). */
export const MAX_PHRASE_WORDS = 4;

/** One candidate phrase of one paper. */
export interface Candidate {
  /** Normal form, e.g. `diffusion model`. */
  key: string;
  /** Number of normalised tokens. */
  tokens: number;
  /** Occurrences in title and abstract. */
  count: number;
  /** True when it occurs in the title. */
  inTitle: boolean;
  /** True for a single all-caps-ish token such as `LoRA` or `DARTS`. */
  isAcronym: boolean;
  /** Surface forms seen, with counts. */
  surfaces: Map<string, number>;
}

/** What {@link extractCandidates} finds in one paper. */
export interface PaperCandidates {
  candidates: Map<string, Candidate>;
  /** Acronyms defined in the paper: normalised short form → normalised long form. */
  acronyms: Map<string, { long: string; short: string }>;
}

interface Word {
  surface: string;
  tokens: string[];
  /** `tokens` joined by spaces. */
  key: string;
  boundary: boolean;
  generic: boolean;
}

const CLAUSE_SPLIT = /[.;:!?()[\]{}"“”,|]+|\s[-–—]+\s|\s'|'\s/;

/** Most raw tokens remembered by {@link toWord}; the vocabulary of 100k abstracts fits, with room. */
const WORD_CACHE_LIMIT = 500_000;
const wordCache = new Map<string, Word | null>();

/** The word a raw whitespace-separated token makes; words repeat across papers, so results are kept (never mutated). */
function toWord(raw: string): Word | undefined {
  const cached = wordCache.get(raw);
  if (cached !== undefined) return cached ?? undefined;
  const word = toWordUncached(raw);
  if (wordCache.size < WORD_CACHE_LIMIT) wordCache.set(raw, word ?? null);
  return word;
}

function toWordUncached(raw: string): Word | undefined {
  const surface = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (surface === '') return undefined;
  const lower = surface.toLowerCase();
  const parts = surfaceTokens(surface);
  const tokens = parts.map(normaliseToken);
  const hasDigitOnly = parts.every((p) => /^\d+$/.test(p));
  const mathy = /[\\$^_=<>+*/%@&#~]/.test(raw) || /['’]s$/.test(surface);
  const lowerParts = parts.map((p) => p.toLowerCase());
  const boundary =
    hasDigitOnly ||
    (parts.length === 1 && parts[0]!.length === 1) ||
    mathy ||
    tokens.length === 0 ||
    isBoundaryWord(lower) ||
    (parts.length === 1 && isBoundaryWord(lowerParts[0]!)) ||
    (parts.length > 1 && lowerParts.every((p) => isBoundaryWord(p)));
  const generic = isGenericWord(lower) || (parts.length === 1 && isGenericWord(lowerParts[0]!));
  return { surface, tokens, key: tokens.join(' '), boundary, generic };
}

function isAcronymSurface(surface: string): boolean {
  // `LoRA`, `HPO-B`, `ResNets`, `GPT-4`, but not title-case compounds like `Large-Scale`.
  return (
    /^[A-Za-z][A-Za-z0-9-]*$/.test(surface) &&
    surface.length <= 12 &&
    surface.split('-').some((part) => /[A-Z]/.test(part.slice(1)))
  );
}

/**
 * Counts one occurrence of the phrase whose normal form is `key` and surface `surface`;
 * `single` is its only word when it has one (acronym test).
 */
function add(candidates: Map<string, Candidate>, key: string, surface: string, single: Word | undefined, inTitle: boolean): void {
  let candidate = candidates.get(key);
  if (!candidate) {
    candidate = {
      key,
      tokens: key.split(' ').length,
      count: 0,
      inTitle: false,
      isAcronym: single !== undefined && isAcronymSurface(single.surface),
      surfaces: new Map(),
    };
    candidates.set(key, candidate);
  }
  candidate.count++;
  if (inTitle) candidate.inTitle = true;
  candidate.surfaces.set(surface, (candidate.surfaces.get(surface) ?? 0) + 1);
}

function addChunks(candidates: Map<string, Candidate>, text: string, inTitle: boolean): void {
  for (const clause of text.split(CLAUSE_SPLIT)) {
    const words: Word[] = [];
    for (const raw of clause.split(/\s+/)) {
      const word = toWord(raw);
      if (word !== undefined) words.push(word);
    }
    let start = 0;
    for (let end = 0; end <= words.length; end++) {
      if (end < words.length && !words[end]!.boundary) continue;
      // words[start, end) is a chunk; add every sub-chunk that is not all generic. Key and surface
      // grow one word at a time: a chunk's words all have tokens (a word without is a boundary),
      // so joining the words' keys equals joining all their tokens.
      for (let i = start; i < end; i++) {
        let key = '';
        let surface = '';
        let tokenCount = 0;
        let allGeneric = true;
        for (let j = i + 1; j <= Math.min(end, i + MAX_PHRASE_WORDS); j++) {
          const word = words[j - 1]!;
          key = j === i + 1 ? word.key : `${key} ${word.key}`;
          surface = j === i + 1 ? word.surface : `${surface} ${word.surface}`;
          tokenCount += word.tokens.length;
          allGeneric &&= word.generic;
          if (allGeneric) continue;
          if (tokenCount > 6) break;
          add(candidates, key, surface, j === i + 1 ? word : undefined, inTitle);
        }
      }
      start = end + 1;
    }
  }
}

/** Candidate keyphrases and acronym definitions of one title + abstract. */
export function extractCandidates(title: string, abstract: string): PaperCandidates {
  const candidates = new Map<string, Candidate>();
  addChunks(candidates, title, true);
  addChunks(candidates, abstract, false);
  const acronyms = new Map<string, { long: string; short: string }>();
  for (const text of [title, abstract]) {
    for (const def of findAcronyms(text, isBoundaryWord)) {
      const long = def.longWords.flatMap((w) => surfaceTokens(w).map(normaliseToken)).join(' ');
      const shortKey = surfaceTokens(def.short).map(normaliseToken).join(' ');
      if (long === shortKey || !candidates.has(long) || def.longWords.every((w) => isGenericWord(w.toLowerCase()))) continue;
      if (!acronyms.has(shortKey)) acronyms.set(shortKey, { long, short: def.short });
    }
  }
  return { candidates, acronyms };
}
