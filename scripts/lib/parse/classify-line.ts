/**
 * What a dump line looks like, decided from the line alone.
 *
 * - `blank`: empty or whitespace only.
 * - `chrome`: page chrome we know (banner, button labels, dates).
 * - `abstract`: long prose, several sentences.
 * - `short`: a candidate title (or unknown chrome; the pairing step tells them apart by
 *   position and {@link looksLikeChrome}).
 * - `junk`: too long for a title but not prose (e.g. a megabyte without spaces).
 */
export type LineKind = 'blank' | 'chrome' | 'abstract' | 'short' | 'junk';

/** A classified line. */
export interface ClassifiedLine {
  kind: LineKind;
  /** 1-based line number in the dump. */
  line: number;
  /** The trimmed line, with page chrome glued to its start removed, and for a short line Markdown line markup too. */
  text: string;
  /** Chrome phrases that were glued to the start of the line and removed, in order. */
  glued: string[];
}

/** Banner and button texts seen in the feed's page chrome, compared case-insensitively. */
export const KNOWN_CHROME: readonly string[] = [
  'Get trending papers in your email inbox once a day!',
  'Get trending papers in your email inbox!',
  'Subscribe',
  'byAK and the research community',
  'new',
];

const knownChrome = new Set(KNOWN_CHROME.map((phrase) => phrase.toLowerCase()));

/**
 * Chrome that gets glued to the next line when the page is copied. Compared case-sensitively
 * and only stripped when an uppercase letter follows directly, so "Subscribers Matter" or
 * "Subscribe to Learn" stay intact. Longest first so a longer phrase wins.
 */
const GLUEABLE_CHROME = KNOWN_CHROME.filter((phrase) => phrase.length >= 4).sort(
  (a, b) => b.length - a.length,
);

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DATE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`^${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?$`, 'i'),
  new RegExp(String.raw`^\d{1,2}\s+${MONTH}(?:,?\s+\d{4})?$`, 'i'),
  new RegExp(String.raw`^${MONTH}\s+\d{4}$`, 'i'),
  /^\d{4}-\d{2}-\d{2}$/,
  /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/,
];
const DATE_INSIDE = new RegExp(String.raw`\b${MONTH}\s+\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b`, 'i');

/**
 * Titles in the feed have 2–20 words (typically 3–30 elsewhere); abstracts at least ~45.
 * Anything longer than a long title is prose.
 */
const ABSTRACT_MIN_WORDS = 31;
/**
 * A shorter line is still prose (e.g. the first half of an abstract split over two lines)
 * when it is longer than most titles and has a sentence break inside.
 */
const PROSE_MIN_WORDS = 20;
const PROSE_MIN_SENTENCES = 1;
/** Longest line accepted as a title; real titles stay under 200 characters. */
const TITLE_MAX_CHARS = 400;

/**
 * True when a trimmed line is known page chrome: a banner, a button label or a date.
 *
 * @param text A trimmed line.
 */
export function isKnownChrome(text: string): boolean {
  return knownChrome.has(text.toLowerCase()) || DATE_PATTERNS.some((pattern) => pattern.test(text));
}

/**
 * Remove known chrome glued to the start of a title (`SubscribeExploring …` → `Exploring …`).
 * Glued means the next character is an uppercase letter; a real title that starts with
 * "Subscribe" as a word is followed by a space or a lowercase letter and is left alone.
 *
 * @param text A trimmed line.
 * @returns The remaining text and the phrases removed.
 */
export function stripGluedChrome(text: string): { text: string; glued: string[] } {
  const glued: string[] = [];
  let rest = text;
  let found = true;
  while (found) {
    found = false;
    for (const phrase of GLUEABLE_CHROME) {
      if (rest.length > phrase.length && rest.startsWith(phrase) && /^\p{Lu}/u.test(rest.slice(phrase.length))) {
        glued.push(phrase);
        rest = rest.slice(phrase.length);
        found = true;
        break;
      }
    }
  }
  return { text: rest, glued };
}

/**
 * A labelled metadata line of a paper listing (`Authors: …`, `Comments: 12 pages`,
 * `Subjects: …`, `Journal-ref: …`, `Cite as: …`): other feeds print these between a title and
 * its abstract. Only labels no title starts with.
 */
const METADATA_LINE =
  /^(?:authors?|comments?|subjects?|journal[- ]?ref|doi|report[- ]?(?:no|number)|msc[- ]?class|acm[- ]?class|cite as|keywords|categories|affiliations?)\s*:\s*\S/i;
/** A paper id line: `arXiv:2403.12345`, `arXiv:2403.12345v2 [cs.LG]`. */
const PAPER_ID_LINE = /^arxiv:\s*\d{4}\.\d{4,5}(?:v\d+)?(?:\s*\[[\w.-]+\])?$/i;
/**
 * A dating line: `Submitted 18 March, 2024; originally announced March 2024.`, `Published
 * 2024-03-18`. The verb first, then a date: a day and a month, a month and a year, or an ISO
 * date. A title such as `Received Signal Strength in Junction Networks` or `Accepted Models May
 * Fail: Lessons from 2024` has no month next to a day or a year.
 */
const DATING_LINE = new RegExp(
  String.raw`^(?:submitted|published|accepted|received|revised|originally announced)\b.*(?:\b\d{1,2}\s+${MONTH}(?![a-z])|\b${MONTH}(?![a-z])\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}\b|\b\d{4}-\d{2}-\d{2}\b)`,
  'i',
);

/** Link labels of a listing's rows of links (`PDF | HTML | Other formats`). */
const LINK_LABELS = new Set(
  ['abs', 'abstract', 'pdf', 'html', 'other formats', 'code', 'paper', 'project page', 'project', 'arxiv', 'bibtex', 'slides', 'video', 'poster', 'demo', 'dataset', 'data', 'website', 'blog', 'github', 'huggingface', 'openreview', 'doi', 'cite'],
);

/** Markdown that wraps or starts a whole line: a heading, a quote, a list item, bold. */
const HEADING_OR_QUOTE = /^(?:#{1,6}|>)\s+(?=\S)/;
const LIST_ITEM = /^(?:[-*+]|\d{1,3}[.)])\s+(?=[\p{Lu}\p{N}"“'‘(\[*_])/u;
const BOLD_LINE = /^(\*\*|__)(?=\S)(.+?)(?<=\S)\1$/;

/**
 * Removes Markdown line markup from a short dump line (a title candidate) copied from a Markdown
 * page or written by a script: `## Title`, `> Title`, `- Title`, `1. Title`, `**Title**` → the text. A list
 * marker is removed only before a capital, a digit, a quote or a bracket, so `-based` or
 * `* 3` stay; the feed's own `·` and `•` bullets are chrome and stay too.
 *
 * @param text A trimmed line.
 */
export function stripLineMarkup(text: string): string {
  let rest = text.replace(HEADING_OR_QUOTE, '').replace(LIST_ITEM, '');
  const bold = BOLD_LINE.exec(rest);
  if (bold) rest = bold[2]!;
  return rest.trim();
}

/**
 * True when a short line has the shape of page chrome rather than a title: known chrome,
 * a date, no letters at all, a counter ("12 upvotes"), a link or address, a bullet, a
 * single lowercase word, a listing's metadata, id or dating line, or a row of link labels
 * separated by `|` or `·` (`PDF | HTML | Other formats`). Titles start with a capital or a name and
 * have letters.
 *
 * @param text A trimmed, non-empty line.
 */
export function looksLikeChrome(text: string): boolean {
  if (isKnownChrome(text)) return true;
  if (METADATA_LINE.test(text) || PAPER_ID_LINE.test(text) || DATING_LINE.test(text)) return true;
  if (/[|·]/.test(text) && text.split(/\s*[|·]\s*/).every((part) => LINK_LABELS.has(part.toLowerCase()))) return true;
  if (!/\p{L}/u.test(text)) return true;
  if (/^[\d.,]+\s*[kKmM]?\+?\s+\p{L}+$/u.test(text)) return true;
  if (/^(?:https?:\/\/|www\.)\S*$/i.test(text) || /^\S+@\S+\.\S+$/.test(text)) return true;
  if (/^[·•|»«→←▲▼★☆#@©®>*-]/u.test(text)) return true;
  if (/^\p{Ll}+$/u.test(text)) return true;
  if (countWords(text) <= 5 && DATE_INSIDE.test(text)) return true;
  return false;
}

/**
 * Classify one line of a dump.
 *
 * Runs in time linear in the line length (a few non-backtracking scans), so a
 * megabyte-long line costs no more than reading it.
 *
 * @param raw The line as split from the dump, untrimmed.
 * @param line Its 1-based line number.
 */
export function classifyLine(raw: string, line: number): ClassifiedLine {
  const trimmed = raw.trim();
  if (trimmed === '') return { kind: 'blank', line, text: '', glued: [] };
  if (isKnownChrome(trimmed)) return { kind: 'chrome', line, text: trimmed, glued: [] };
  const { text: unglued, glued } = stripGluedChrome(trimmed);
  if (glued.length > 0 && isKnownChrome(unglued)) return { kind: 'chrome', line, text: unglued, glued };
  const words = countWords(unglued);
  if (words >= ABSTRACT_MIN_WORDS || (words >= PROSE_MIN_WORDS && countSentences(unglued) >= PROSE_MIN_SENTENCES)) {
    // Prose is kept as it is, markup-like characters included: it is the abstract's text.
    return { kind: 'abstract', line, text: unglued, glued };
  }
  // A title candidate may carry Markdown line markup (a dump copied from a Markdown page).
  const text = stripLineMarkup(unglued);
  if (text !== unglued && isKnownChrome(text)) return { kind: 'chrome', line, text, glued };
  if (text.length > TITLE_MAX_CHARS) return { kind: 'junk', line, text, glued };
  return { kind: 'short', line, text, glued };
}

/**
 * True when text ends like a finished sentence: `.`, `!`, `?` or `…`, optionally
 * followed by closing quotes or brackets.
 *
 * @param text Trimmed text.
 */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/u.test(text);
}

/** True when text starts with a lowercase letter (a continuation, not a new sentence). */
export function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** Words of a line: runs of characters between spaces, tabs and no-break spaces. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0c || c === 0x0b;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Sentence breaks inside the text: `.`, `!` or `?`, then a space and a capital or digit. */
function countSentences(text: string): number {
  return text.match(/[.!?]["'”’)\]]*\s+(?=[\p{Lu}\d])/gu)?.length ?? 0;
}

/** Words that stay lowercase in a title. */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'via', 'vs', 'with']);

/** Most words capitalised, as in a title ("Learning to Rank Molecules with Graph Transformers"). */
export function isTitleCase(line: string): boolean {
  const words = line.trim().split(/\s+/).filter((word) => /\p{L}/u.test(word) && !MINOR_WORDS.has(word.toLowerCase()));
  if (words.length === 0) return false;
  const capitalised = words.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.8;
}
