import type { Diagnostic, DumpId, RawRecord } from '../model.ts';
import { countWords, endsSentence, isTitleCase, looksLikeChrome, startsLowercase, type ClassifiedLine } from './classify-line.ts';

/** Records paired from classified lines, with what was skipped and why. */
export interface PairedLines {
  records: RawRecord[];
  diagnostics: Diagnostic[];
}

/** Longest excerpt of a line quoted in a diagnostic. */
const QUOTE_MAX = 80;

/**
 * Fewest words of a short line taken as an abstract by its position (see {@link pairLines}).
 * Real feed abstracts have 100–300 words and are recognised from the line alone; hand-written or
 * trimmed dumps may carry one-sentence abstracts, which must not be lost. Six words keep out
 * short chrome sentences such as "Load more papers."
 */
const SHORT_ABSTRACT_MIN_WORDS = 6;

/** Ends with a full stop (closing quotes or brackets allowed): a sentence, rarely a title. */
const ENDS_WITH_FULL_STOP = /\.["'”’)\]]*$/u;

/**
 * How a short line after a title reads as its abstract: `complete` (one sentence: enough words,
 * ending with a full stop), `cut` (enough words, starting like a sentence and not title case,
 * but no full stop: a record truncated mid-abstract), or `undefined` (not an abstract).
 */
function shortAbstractShape(line: ClassifiedLine): 'complete' | 'cut' | undefined {
  if (countWords(line.text) < SHORT_ABSTRACT_MIN_WORDS || looksLikeChrome(line.text)) return undefined;
  if (ENDS_WITH_FULL_STOP.test(line.text)) return 'complete';
  return /^\p{Lu}/u.test(line.text) && !isTitleCase(line.text) ? 'cut' : undefined;
}

/**
 * A short line that reads as the next sentence of the abstract before it: a whole sentence
 * (see {@link shortAbstractShape}) and not in title case. Titles do not end with a full stop,
 * so the next record's title ends the run.
 */
function isNextSentence(line: ClassifiedLine): boolean {
  return shortAbstractShape(line) === 'complete' && !isTitleCase(line.text);
}

/**
 * A short line right after an abstract that belongs to it: the rest of a sentence the abstract
 * broke off (it does not end a sentence, the line starts lowercase), or its next sentence when
 * it is written one sentence per line.
 */
function continuesAbstract(abstract: string, line: ClassifiedLine): boolean {
  return (!endsSentence(abstract) && startsLowercase(line.text)) || isNextSentence(line);
}

/** A short line shaped like a title: not chrome, not ending with a full stop. */
function looksLikeTitle(line: ClassifiedLine): boolean {
  return !ENDS_WITH_FULL_STOP.test(line.text) && !looksLikeChrome(line.text);
}

/**
 * Pair each abstract with the nearest preceding title-like line.
 *
 * Candidate lines between two abstracts form a gap. The title is the last candidate in the
 * gap that does not look like page chrome, preferring one of three or more words to shorter
 * ones: unknown chrome such as "arXiv Page" or "GitHub" may sit between a title and its
 * abstract, and titles that short are rare. (The price: a one- or two-word title right after
 * an unknown line of three or more words loses to that line.) Every other candidate is
 * reported and skipped, so an unknown extra line costs at most itself and never shifts later
 * pairs. An abstract with no
 * title candidate either continues the previous abstract (the previous one does not end a
 * sentence, or this one starts lowercase) and is joined to it, or is reported and skipped.
 * Within the lines a gap does not need (all of it at the end of the dump, all but the title
 * otherwise), a title-shaped line followed directly by a short line shaped like a one-sentence
 * abstract (ends with a full stop, at least {@link SHORT_ABSTRACT_MIN_WORDS} words) is a record
 * too, reported as info: hand-written and trimmed dumps have such abstracts. So is one followed
 * by the start of an abstract cut off before its full stop (a sentence-case line of as many
 * words), reported as a warning: a truncated record loses nothing but the missing text.
 * An abstract written one sentence per line keeps its later sentences: whole sentences not in
 * title case right after an abstract are joined to it (info), up to the next title-shaped line.
 * (The price: an unknown chrome sentence of six or more words right after an abstract joins it,
 * reported as info, where it used to be skipped with a warning.)
 * One pass, linear in the number of lines.
 *
 * @param lines Lines of one dump, classified, in file order.
 * @param file Dump file name, for diagnostics.
 * @param dump Dump id stored in each record.
 */
export function pairLines(lines: readonly ClassifiedLine[], file: string, dump: DumpId): PairedLines {
  const records: RawRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, severity: Diagnostic['severity'], message: string): void => {
    diagnostics.push({ file, line, severity, message });
  };
  /** The last abstract seen, accepted (record) or skipped (null), that a continuation may join. */
  let previous: { record: RawRecord | null; text: string } | null = null;
  let gap: ClassifiedLine[] = [];

  const reportStrays = (strays: readonly ClassifiedLine[], atEnd: boolean): void => {
    const lastTitleLike = strays.findLastIndex((stray) => !looksLikeChrome(stray.text));
    strays.forEach((stray, index) => {
      const quoted = quote(stray.text);
      if (looksLikeChrome(stray.text)) {
        report(stray.line, 'warning', `skipped line: not followed by an abstract (looks like page chrome): ${quoted}`);
      } else if (atEnd && index === lastTitleLike) {
        report(stray.line, 'warning', `title with no abstract at the end of the dump, skipped: ${quoted}`);
      } else {
        report(
          stray.line,
          'warning',
          `skipped line: not followed by an abstract (a title with no abstract, or unknown page chrome): ${quoted}`,
        );
      }
    });
  };

  for (const current of lines) {
    for (const phrase of current.glued) {
      report(current.line, 'info', `removed page chrome "${phrase}" glued to the start of the line`);
    }
    switch (current.kind) {
      case 'blank':
      case 'chrome':
        break;
      case 'junk':
        report(
          current.line,
          'warning',
          `skipped line: ${current.text.length} characters, too long for a title and not prose: ${quote(current.text)}`,
        );
        break;
      case 'short':
        if (gap.length === 0 && previous && continuesAbstract(previous.text, current)) {
          joinAbstract(previous, current);
        } else {
          gap.push(current);
        }
        break;
      case 'abstract': {
        const titleIndex = chooseTitle(gap);
        const title = gap[titleIndex];
        if (title) {
          reportStrays([...pairShortRecords(gap.slice(0, titleIndex)), ...gap.slice(titleIndex + 1)], false);
          const record: RawRecord = { dump, line: title.line, title: title.text, abstract: current.text };
          records.push(record);
          previous = { record, text: current.text };
        } else {
          reportStrays(pairShortRecords(gap), false);
          if (previous && (!endsSentence(previous.text) || startsLowercase(current.text))) {
            joinAbstract(previous, current);
          } else {
            report(current.line, 'warning', `skipped line: abstract with no title before it: ${quote(current.text)}`);
            previous = { record: null, text: current.text };
          }
        }
        gap = [];
        break;
      }
    }
  }
  reportStrays(pairShortRecords(gap), true);
  // Reported as gaps close, so a line paired late can come after later ones: in line order.
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { records, diagnostics };

  /**
   * Records of title + one-sentence abstract pairs among candidate lines no abstract claimed, in
   * file order; returns the lines left over.
   */
  function pairShortRecords(candidates: readonly ClassifiedLine[]): ClassifiedLine[] {
    const left: ClassifiedLine[] = [];
    for (let index = 0; index < candidates.length; index++) {
      const title = candidates[index]!;
      const abstract = candidates[index + 1];
      const shape = abstract && looksLikeTitle(title) ? shortAbstractShape(abstract) : undefined;
      if (abstract && shape) {
        const record: RawRecord = { dump, line: title.line, title: title.text, abstract: abstract.text };
        records.push(record);
        previous = { record, text: abstract.text };
        const words = countWords(abstract.text);
        if (shape === 'complete') report(abstract.line, 'info', `short abstract (${words} words) paired with the title on line ${title.line} by position`);
        else report(abstract.line, 'warning', `abstract looks cut off (${words} words, no full stop): kept with the title on line ${title.line}; a later dump with the whole abstract replaces it`);
        index++;
        // The rest of an abstract written one sentence per line, up to the next title-shaped line.
        while (shape === 'complete' && candidates[index + 1] && isNextSentence(candidates[index + 1]!)) {
          joinAbstract(previous, candidates[++index]!);
        }
      } else {
        left.push(title);
      }
    }
    return left;
  }

  function joinAbstract(target: { record: RawRecord | null; text: string }, continuation: ClassifiedLine): void {
    target.text = `${target.text} ${continuation.text}`;
    if (target.record) {
      target.record.abstract = target.text;
      report(
        continuation.line,
        'info',
        `joined line to the abstract of line ${target.record.line}: the abstract was split over several lines`,
      );
    } else {
      report(continuation.line, 'warning', 'skipped line: continues an abstract with no title');
    }
  }
}

/** Words from which a candidate counts as fully title-like (see {@link chooseTitle}). */
const TITLE_LIKE_WORDS = 3;

/**
 * Index of the title among a gap's candidates, -1 when all look like chrome: the last
 * candidate of the highest title-likeness present (1, 2, or 3+ words).
 */
function chooseTitle(gap: readonly ClassifiedLine[]): number {
  let best = -1;
  let bestRank = 0;
  gap.forEach((candidate, index) => {
    if (looksLikeChrome(candidate.text)) return;
    const rank = Math.min(countWords(candidate.text), TITLE_LIKE_WORDS);
    if (rank >= bestRank) {
      best = index;
      bestRank = rank;
    }
  });
  return best;
}

function quote(text: string): string {
  return JSON.stringify(text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX)}…` : text);
}
