/**
 * Acronym definitions such as `Low-Rank Adaptation (LoRA)`, found with the
 * Schwartz–Hearst heuristic: every letter of the short form must be found,
 * right to left, in the long form, and its first letter must start a word.
 */

/** One acronym defined in a text. */
export interface AcronymDefinition {
  /** Short form as written, e.g. `LoRA`, `LLMs`. */
  short: string;
  /** Words of the long form as written, e.g. `['Low-Rank', 'Adaptation']`. */
  longWords: string[];
}

const SHORT_FORM = /^(?=[A-Za-z0-9-]{2,12}$)(?=(?:.*[A-Z]){2})[A-Za-z][A-Za-z0-9-]*$/;

function matchesLongForm(short: string, longForm: string): boolean {
  const s = short.toLowerCase().replace(/[^a-z0-9]/g, '').replace(/s$/, (m) => (/[A-Z]s$/.test(short) ? '' : m));
  const l = longForm.toLowerCase();
  if (s === '' || l[0] !== s[0]) return false;
  let li = l.length - 1;
  for (let si = s.length - 1; si >= 1; si--) {
    while (li >= 1 && l[li] !== s[si]) li--;
    if (li < 1) return false;
    li--;
  }
  return true;
}

/**
 * Acronym definitions of the form `long form (SHORT)` in `words`, a clause
 * already cut at punctuation other than the parentheses. `isBoundary` stops
 * the long form at verbs and function words.
 */
export function findAcronyms(text: string, isBoundary: (lower: string) => boolean): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  const pattern = /\(([^()\s;,]{2,12})\)/g;
  for (const match of text.matchAll(pattern)) {
    const short = match[1]!;
    if (!SHORT_FORM.test(short)) continue;
    const before = text.slice(0, match.index).split(/[.;:!?()[\]{}"“”,]/).pop() ?? '';
    const words = before.trim().split(/\s+/).filter((w) => w !== '');
    const letters = short.replace(/[^A-Za-z0-9]/g, '').length;
    const window = Math.min(letters + 5, letters * 2);
    const candidates = words.slice(-window);
    // Take the shortest suffix of words that contains the short form's letters.
    let best: string[] | undefined;
    for (let start = candidates.length - 1; start >= 0; start--) {
      const longWords = candidates.slice(start);
      if (isBoundary(longWords[0]!.toLowerCase())) continue;
      const longForm = longWords.join(' ');
      if (matchesLongForm(short, longForm)) {
        best = longWords;
        break;
      }
    }
    if (!best || best.length < 2) continue;
    if (best.some((w) => isBoundary(w.toLowerCase().replace(/[^a-z0-9-]/g, '')))) continue;
    found.push({ short, longWords: best });
  }
  return found;
}
