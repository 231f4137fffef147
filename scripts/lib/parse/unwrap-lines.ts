import { isTitleCase } from './classify-line.ts';

/**
 * Undo hard wrapping: a dump saved through a tool that breaks prose at a fixed width (~72–100
 * characters) has every abstract spread over many short lines, none of which looks like an
 * abstract on its own. The feed's own dumps have one line per title and per abstract.
 */

/** A line after unwrapping, with the number of the first file line it was made from. */
export interface SourceLine {
  text: string;
  /** 1-based line number in the dump. */
  line: number;
}

/** Widest wrap width recognised; wider lines are the feed's unwrapped abstracts. */
const MAX_WRAP_WIDTH = 120;
/** Narrowest wrap width recognised. */
const MIN_WRAP_WIDTH = 40;
/** How far short of the width a wrapped line may end (the next word did not fit). */
const WIDTH_SLACK = 20;
/** Fewest line breaks that look like wrapping before a dump counts as hard-wrapped. */
const MIN_WRAP_BREAKS = 10;
/**
 * Share of those breaks followed by a lowercase letter. Wrapping breaks sentences anywhere, so
 * most continuation lines start lowercase; in a dump of titles and one-line abstracts the line
 * after a long one is a title, which starts with a capital.
 */
const MIN_LOWERCASE_SHARE = 0.5;
/** Share of non-blank lines at most as long as the width: a few longer lines (a title left unwrapped) do not count. */
const WIDTH_PERCENTILE = 0.95;

/**
 * The width a dump is hard-wrapped at, or `undefined` when it is not. The width is the length
 * that {@link WIDTH_PERCENTILE} of the non-blank lines do not exceed, between
 * {@link MIN_WRAP_WIDTH} and {@link MAX_WRAP_WIDTH} characters; the dump is wrapped when at
 * least {@link MIN_WRAP_BREAKS} lines end within {@link WIDTH_SLACK} of it with the next line's
 * first word not fitting, and most of those next lines ({@link MIN_LOWERCASE_SHARE}) start
 * lowercase.
 *
 * @param lines The dump's lines.
 */
export function wrapWidth(lines: readonly string[]): number | undefined {
  const lengths = lines.map((line) => line.trimEnd().length).filter((length) => length > 0).sort((a, b) => a - b);
  if (lengths.length === 0) return undefined;
  const width = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * WIDTH_PERCENTILE))]!;
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return undefined;
  let breaks = 0;
  let lowercase = 0;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index - 1]!.trimEnd();
    const next = lines[index]!.trim();
    if (next === '' || line.length < width - WIDTH_SLACK || !brokenBefore(line, next, width)) continue;
    breaks++;
    if (/^\p{Ll}/u.test(next)) lowercase++;
  }
  return breaks >= MIN_WRAP_BREAKS && lowercase / breaks >= MIN_LOWERCASE_SHARE ? width : undefined;
}

/** True when `next`'s first word would not have fitted after `line` within `width`: a tool broke the line there. */
function brokenBefore(line: string, next: string, width: number): boolean {
  const firstWord = next.trimStart().split(/\s/, 1)[0] ?? '';
  return line.length <= width && line.length + 1 + firstWord.length > width;
}

/**
 * Joins the lines of a hard-wrapped dump back into one line per paragraph: a line is continued
 * by the next when the next one's first word would not have fitted after it within the wrap
 * width (so the tool broke the line there). A title, shorter than the width by more than a
 * word, stays on its own line; so does the last line of a paragraph. A word broken at a hyphen
 * (`task-` / `specific`) is joined without a space. Dumps that are not hard-wrapped are
 * returned line for line.
 *
 * @param lines The dump's lines.
 * @returns The lines to classify, and the width when the dump was unwrapped.
 */
export function unwrapLines(lines: readonly string[]): { lines: SourceLine[]; width: number | undefined; joined: number } {
  const width = wrapWidth(lines);
  const out: SourceLine[] = [];
  let joined = 0;
  lines.forEach((raw, index) => {
    const text = raw.trimEnd();
    const previous = out.at(-1);
    if (width !== undefined && previous !== undefined && text.trim() !== '' && continuesAfter(lines[index - 1]!.trimEnd(), text, width)) {
      previous.text = /\p{L}-$/u.test(previous.text) ? `${previous.text}${text.trimStart()}` : `${previous.text} ${text.trimStart()}`;
      joined++;
    } else {
      out.push({ text: raw, line: index + 1 });
    }
  });
  return { lines: out, width, joined };
}

/** True when `line` was broken before `next` by wrapping at `width`. */
function continuesAfter(line: string, next: string, width: number): boolean {
  if (line.trim() === '' || !brokenBefore(line, next, width)) return false;
  // A title as long as the width, followed by its abstract: title case, then a capital.
  return !(isTitleCase(line) && /^\p{Lu}/u.test(next.trimStart()));
}
