import type { Inline } from '../model.ts';
import { ACCENTS, DROPPED_COMMANDS, FONT_COMMANDS, GLUED_SYMBOLS, MACROS, SYMBOLS } from './latex-tables.ts';

/**
 * Escaped braces are parked on Unicode noncharacters while stray braces are removed, so
 * `\{` survives as a literal brace. Noncharacters never occur in interchange text.
 */
const OPEN = '\uFDD0';
const CLOSE = '\uFDD1';
/** Stands for a removed citation or cross-reference (`\cite{…}`, `\ref{…}`) until the text around it is tidied. */
const REMOVED_REFERENCE = '\uFDD2';
/**
 * A bracket that held only removed references, maybe after "see", "cf.", "e.g." or "i.e.", with
 * the space before it: `methods (see \cite{a}, \cite{b}) work` → `methods work`.
 */
const BRACKET_OF_REFERENCES = /\s*[([](?:\s*(?:see|cf\.|e\.g\.,?|i\.e\.,?))?(?:\s*\uFDD2\s*[,;]?)+\s*[)\]]/giu;

const SYMBOL_NAMES = Object.keys(SYMBOLS).sort((a, b) => b.length - a.length).join('|');
const GREEK_NAMES = Object.keys(SYMBOLS)
  .filter((name) => /^(?:var)?[a-z]+$|^[A-Z][a-z]+$/.test(name) && /[α-ωΑ-Ωϵϑϖϱςϕ]/u.test(SYMBOLS[name] ?? ''))
  .join('|');

/**
 * Inline math, URLs (kept verbatim, with a `{…}` link text glued by a lost `\href`) and
 * plain text, in one left-to-right scan. Every body is bounded and cannot run past the
 * next opening delimiter, so unclosed delimiters cost a bounded look-ahead and the scan
 * stays linear even on a megabyte of `\(`.
 *
 * `$…$` follows Pandoc's rule so prices stay text: the opening `$` is followed by a
 * non-space, the closing `$` is preceded by a non-space and not followed by a digit.
 */
const SEGMENTS = new RegExp(
  [
    String.raw`\\\(((?:[^\\]|\\[^()]){1,1000}?)\\\)`,
    String.raw`\\\[((?:[^\\]|\\[^[\]]){1,1000}?)\\\]`,
    String.raw`(?<!\\)\$\$([^$]{1,2000}?)\$\$`,
    String.raw`(?<!\\)\$(?=[^\s$])([^$]{1,300}?)(?<=[^\s\\])\$(?!\d)`,
    String.raw`(https?:\/\/[^\s{}<>"\\]+)(?:\{([^{}]{0,300})\})?`,
  ].join('|'),
  'g',
);

const EMPHASIS = /\{\\(?:em|it|sl|itshape)\s+([^{}]{0,2000})\}|\\(?:emph|textit|textsl)\s*\{([^{}]{1,2000})\}/g;

/**
 * Turn the damaged LaTeX of the feed's abstracts into readable inline runs.
 *
 * - Escapes and accents: `\%` → `%`, `Schr\"odinger` → `Schrödinger`, `Fr\'echet` → `Fréchet`,
 *   and every accent command (`\" \' \` \^ \~ \= \. \c \v \u \H \r \k`) with or without braces.
 * - Symbols whose backslash was lost: `64{times}64` → `64×64`, `D{to}infty` → `D→∞`,
 *   `15\%sim30\%` → `15%∼30%`; Greek and math symbol commands; `\aka` → `a.k.a.`.
 * - `{\em x}`, `{\it x}`, `\emph{x}` → emphasis runs; `\textbf{x}`, `mathcal{O}` → their text.
 * - `\\`, `~` ties and TeX quotes (``` ``x'' ``` → “x”); stray braces around plain words and
 *   unmatched braces are removed.
 * - Inline math `\(…\)`, `\[…\]`, `$…$` (only when it looks like math) → math runs holding the TeX.
 *
 * Anything else (HTML, JSX, Markdown, backticks) passes through as literal text: this is
 * repair, not escaping. Adjacent text runs are merged, empty runs dropped.
 *
 * @param text Normalised text (see `normalizeText`).
 * @returns Inline runs; `[]` for empty text.
 */
export function repairLatex(text: string): Inline[] {
  const prepared = text
    // A tie is a non-breaking space between two words; `13~\%` reads as `13%`.
    .replace(/~(?=\\%)/g, '')
    .replace(/(?<=[\p{L}\p{N}).,:;])~(?=https?:\/\/)/gu, ' ')
    .replace(/\\url\s*\{([^{}]{1,2000})\}/g, '$1')
    .replace(/\\href\s*\{([^{}]{1,2000})\}\s*\{([^{}]{0,300})\}/g, '$1{$2}');

  const runs: Inline[] = [];
  let last = 0;
  for (const match of prepared.matchAll(SEGMENTS)) {
    pushText(runs, prepared.slice(last, match.index));
    last = match.index + match[0].length;
    const [, paren, bracket, display, dollar, url, linkText] = match;
    if (url !== undefined) {
      pushRun(runs, { type: 'text', value: url });
      // `https://x{https://x}` or `…/README.md{here.}`: a `\href` that lost its backslash.
      // The link text is dropped; its final punctuation still ends the sentence.
      const tail = linkText === undefined || /^https?:\/\//.test(linkText) ? '' : /[.,;:!?]*$/.exec(linkText)?.[0];
      pushRun(runs, { type: 'text', value: tail ?? '' });
    } else {
      pushRun(runs, { type: 'math', value: repairMath(paren ?? bracket ?? display ?? dollar ?? '') });
    }
  }
  pushText(runs, prepared.slice(last));
  return tidy(runs);
}

/** Flatten runs to plain text: emphasis unwrapped, math as its TeX source. */
export function inlineToText(runs: readonly Inline[]): string {
  return runs.map((run) => run.value).join('');
}

/**
 * Flatten runs to text for a title, which is plain text everywhere it appears (pages, `<title>`,
 * feeds, exports): math becomes readable text where its TeX is simple (`$\mathcal{O}(1/t)$` →
 * `O(1/t)`, `$\alpha$` → `α`, `\frac{a}{b}` → `a/b`) instead of its TeX source.
 */
export function inlineToTitleText(runs: readonly Inline[]): string {
  const mathText = (tex: string) =>
    repairText(
      tex
        .replace(/\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, '$1/$2')
        // `n\log n` reads "n log n", not "nlog n".
        .replace(/(?<=[\p{L}\p{N}])\\(?=[A-Za-z])/gu, ' \\'),
    );
  return runs.map((run) => (run.type === 'math' ? mathText(run.value) : run.value)).join('');
}

function pushText(runs: Inline[], text: string): void {
  let last = 0;
  for (const match of text.matchAll(EMPHASIS)) {
    pushRun(runs, { type: 'text', value: repairText(text.slice(last, match.index)) });
    pushRun(runs, { type: 'emphasis', value: repairText(match[1] ?? match[2] ?? '') });
    last = match.index + match[0].length;
  }
  pushRun(runs, { type: 'text', value: repairText(text.slice(last)) });
}

function pushRun(runs: Inline[], run: Inline): void {
  const previous = runs.at(-1);
  if (run.type === 'text' && previous?.type === 'text') {
    previous.value += run.value;
  } else {
    runs.push({ ...run });
  }
}

/** Collapse spaces, trim the ends and the inside of emphasis and math, drop empty runs. */
function tidy(runs: Inline[]): Inline[] {
  const result: Inline[] = [];
  for (const run of runs) {
    let value = run.value.replace(/\s+/g, ' ');
    if (run.type !== 'text') value = value.trim();
    if (value !== '') pushRun(result, { type: run.type, value });
  }
  const first = result[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const final = result.at(-1);
  if (final?.type === 'text') final.value = final.value.trimEnd();
  return result.filter((run) => run.value !== '');
}

/** Math keeps its TeX; only Greek letter names that lost their backslash get it back (`$alpha$`). */
function repairMath(tex: string): string {
  return tex.trim().replace(new RegExp(String.raw`(?<![\\A-Za-z])(${GREEK_NAMES})(?![A-Za-z])`, 'g'), '\\$1');
}

const SYMBOL_ACCENT = /\\(["'`^~=.])\s*(?:\{\s*(\\[ij]|\p{L})\s*\}|(\\[ij](?![A-Za-z])|\p{L}))/gu;
const LETTER_ACCENT = /\\([cvuHrkdb])(?:\s*\{\s*(\\[ij]|\p{L})\s*\}|\s+(\p{L})(?!\p{L}))/gu;
const FONT = new RegExp(String.raw`(?:\\|(?<![A-Za-z]))(?:${FONT_COMMANDS.join('|')})\s*\{([^{}]*)\}`, 'g');
const FONT_SWITCH = /\{\\(?:bf|rm|tt|sf|sc|cal|bm|boldsymbol|mathbf|mathcal)\s+([^{}]*)\}|\{(?:boldsymbol|mathbf|mathcal|mathrm)\s+([^{}]*)\}/g;
const BRACED_SYMBOL = new RegExp(String.raw`\{\s*\\?(${SYMBOL_NAMES})\s*\}`, 'g');
/** A number that ends there (`30`, `0.6`, `25%`), so `sim2real` is not read as `∼2real`. */
const NUMBER_AHEAD = String.raw`(?=\d+(?:[.,]\d+)*(?!\p{L})|\()`;
const GLUED_AFTER_NUMBER = new RegExp(String.raw`(?<=[\d%])(${GLUED_SYMBOLS.join('|')})${NUMBER_AHEAD}`, 'gu');
const GLUED_BEFORE_NUMBER = new RegExp(String.raw`(?<=^|[\s(])(${GLUED_SYMBOLS.join('|')})${NUMBER_AHEAD}`, 'gu');
/** Content of a brace pair that is only words, numbers and symbols: the braces are noise. */
const PLAIN_GROUP = /(?<![_^\\])\{(?! )([\p{L}\p{M}\p{N} \-+=×→←∞∼≈≤≥±·′’'%α-ωΑ-Ω]*)(?<! )\}/gu;

function repairText(text: string): string {
  if (text === '') return text;
  let out = text
    .replace(/\\\\/g, ' ')
    .replace(/(?<=[\p{L}\p{N}).,:;])~(?=[\p{L}\p{N}(\\])/gu, ' ')
    .replace(/\\([%&_#$])/g, '$1')
    .replace(/\\\{/g, OPEN)
    .replace(/\\\}/g, CLOSE)
    .replace(/\\,/g, ' ')
    .replace(/\\[ ,;:](?![A-Za-z])/g, ' ')
    .replace(/\\(?=\s)/g, '')
    .replace(/\\[!\-/@]/g, '')
    // Math delimiters left here had no partner (real math was split off before).
    .replace(/\\([()[\]])/g, '$1')
    .replace(SYMBOL_ACCENT, accent)
    .replace(LETTER_ACCENT, accent)
    .replace(/\s*\\(?:cite[pt]?|ref|eqref|label)\s*\{[^{}]*\}/g, REMOVED_REFERENCE)
    .replace(FONT, '$1')
    .replace(FONT_SWITCH, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(BRACED_SYMBOL, (_, name: string) => SYMBOLS[name] ?? name)
    .replace(UNKNOWN_COMMAND_WITH_ARGUMENT, (whole: string, name: string, argument: string) => (isKnownCommand(name) ? whole : argument))
    .replace(/\\([A-Za-z]+)(?:\{\})?/g, command)
    .replace(GLUED_AFTER_NUMBER, (name: string) => SYMBOLS[name] ?? name)
    .replace(GLUED_BEFORE_NUMBER, (name: string) => SYMBOLS[name] ?? name)
    .replace(/\binfty\b/g, '∞')
    .replace(/(?<=[→←⇒]) (?=∞)/g, '')
    .replace(/``([^`'"]{0,300}?)(?:''|")/g, '“$1”')
    .replace(/(?<![`\p{L}\p{N}])`([^`'\n]{1,300}?)'(?![\p{L}\p{N}])/gu, '‘$1’');
  for (let pass = 0; pass < 3; pass++) {
    const next = out.replace(PLAIN_GROUP, '$1');
    if (next === out) break;
    out = next;
  }
  return removeUnmatchedBraces(tidyRemovedReferences(out)).replaceAll(OPEN, '{').replaceAll(CLOSE, '}').normalize('NFC');
}

function accent(_: string, mark: string, braced: string | undefined, bare: string | undefined): string {
  const base = braced ?? bare ?? '';
  const letter = base === '\\i' ? 'i' : base === '\\j' ? 'j' : base;
  return letter + (ACCENTS[mark] ?? '');
}

/** `\\foo{bar}` with a command none of the tables knows: its argument is the text. */
const UNKNOWN_COMMAND_WITH_ARGUMENT = /\\([A-Za-z]+)\s*\{([^{}]*)\}/g;

/** Font and emphasis commands whose argument lost its closing brace (`\\textit{open …`). */
const ARGUMENT_COMMANDS: ReadonlySet<string> = new Set([...FONT_COMMANDS, 'emph', 'textit', 'textsl']);

/**
 * What a command stands for in the symbol and macro tables, own keys only: dump text is
 * untrusted, and `\\toString` must not find `Object.prototype.toString`.
 */
function tableText(name: string): string | undefined {
  return Object.hasOwn(SYMBOLS, name) ? SYMBOLS[name] : Object.hasOwn(MACROS, name) ? MACROS[name] : undefined;
}

/**
 * Commands the tables give a meaning to (a symbol such as `\\hat{x}` keeps its argument after
 * it). Font, emphasis and citation commands with their braces were handled before this point;
 * any left here, like commands nobody knows, stand for their argument.
 */
function isKnownCommand(name: string): boolean {
  return tableText(name) !== undefined;
}

function command(_: string, name: string): string {
  // A font or emphasis command left here had no closing brace: drop it, keep the text after it.
  if (DROPPED_COMMANDS.has(name) || ARGUMENT_COMMANDS.has(name)) return '';
  return tableText(name) ?? name;
}

/** Remove braces without a partner (`{Firstly, we …` where the `}` was lost). Linear. */
function removeUnmatchedBraces(text: string): string {
  if (!text.includes('{') && !text.includes('}')) return text;
  const unmatched = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') open.push(i);
    else if (text[i] === '}') {
      if (open.length > 0) open.pop();
      else unmatched.add(i);
    }
  }
  for (const index of open) unmatched.add(index);
  if (unmatched.size === 0) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) if (!unmatched.has(i)) out += text[i];
  return out;
}

/**
 * Drops removed references with what only they needed: the space before one is gone already
 * (`prior work~\cite{x}.` → `prior work.`), and a bracket left empty goes with its space.
 */
function tidyRemovedReferences(text: string): string {
  return text.replace(BRACKET_OF_REFERENCES, '').replaceAll(REMOVED_REFERENCE, '');
}
