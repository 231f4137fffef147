/**
 * One normal form for phrases and documents, so that plural/singular, hyphen
 * vs space and case variants of a keyphrase fold into one key, and NPMI can
 * test "phrase occurs in document" by matching normalised token sequences.
 */
import pluralize from 'pluralize';

/** Words pluralize gets wrong for our vocabulary (it turns `biases` into `biase`). */
const SINGULAR_OVERRIDES = new Map<string, string>([
  ['biases', 'bias'],
  ['caches', 'cache'],
  ['axes', 'axis'],
  ['data', 'data'],
  ['lens', 'lens'],
  ['corpora', 'corpus'],
  ['bayes', 'bayes'],
  ['gaussians', 'gaussian'],
  ['mamba', 'mamba'],
]);

const singularCache = new Map<string, string>();

/**
 * Singular of one lowercase word. Words ending in `ics` (physics, robotics)
 * and short words are kept as they are.
 */
export function singularise(word: string): string {
  const cached = singularCache.get(word);
  if (cached !== undefined) return cached;
  let result = SINGULAR_OVERRIDES.get(word);
  if (result === undefined) {
    if (word.length <= 3 || word.endsWith('ics') || word.endsWith('ss') || /\d/.test(word)) result = word;
    else result = pluralize.singular(word);
  }
  if (singularCache.size < 200_000) singularCache.set(word, result);
  return result;
}

/**
 * Normal form of one surface token (no spaces or hyphens in it): lowercase,
 * ASCII, singular. All-caps acronyms are not singularised (`NAS` stays
 * `nas`), acronym plurals are (`LLMs` → `llm`).
 */
export function normaliseToken(surface: string): string {
  const cached = tokenCache.get(surface);
  if (cached !== undefined) return cached;
  const result = normaliseUncached(surface);
  if (tokenCache.size < 500_000) tokenCache.set(surface, result);
  return result;
}

const tokenCache = new Map<string, string>();

function normaliseUncached(surface: string): string {
  const ascii = surface.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (/^[A-Z0-9]{2,}s$/.test(ascii) && /[A-Z]/.test(ascii)) return ascii.slice(0, -1).toLowerCase();
  const lower = ascii.toLowerCase();
  if (/[A-Z]/.test(ascii.slice(1)) || ascii.length <= 3) return lower;
  return singularise(lower);
}

/** Splits text into surface tokens: runs of letters and digits (hyphens, spaces, punctuation all split). */
export function surfaceTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Normalised form of a phrase or a whole text: normalised tokens joined by
 * single spaces. `Diffusion-Models` and `diffusion model` both give
 * `diffusion model`.
 */
export function normalisePhrase(text: string): string {
  return surfaceTokens(text).map(normaliseToken).join(' ');
}

/** ASCII kebab-case slug of a normalised phrase, e.g. `low rank adaptation` → `low-rank-adaptation`. */
export function slugifyPhrase(normalised: string): string {
  const slug = normalised
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'keyword' : slug;
}
