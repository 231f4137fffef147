import { countWords, isTitleCase } from './classify-line.ts';

/** Fewest words of the last field for a tabbed line to be a whole record (an abstract is prose). */
const ABSTRACT_FIELD_MIN_WORDS = 20;

/**
 * Splits a line that holds a whole record as tab-separated fields (`Title<TAB>Abstract`, as a
 * script writing a table would, maybe with more fields between) into its fields, to be
 * classified and paired like lines of their own. Only when the first field reads as a title
 * (title case, at least two words) and the last as an abstract (at least
 * {@link ABSTRACT_FIELD_MIN_WORDS} words): a stray tab inside an abstract leaves it whole.
 *
 * @param text One line of a dump.
 * @returns The middle fields, the title field, the abstract field; or the line itself.
 */
export function splitTabbedRecord(text: string): string[] {
  if (!text.includes('\t')) return [text];
  const fields = text.split(/\t+/).map((field) => field.trim()).filter((field) => field !== '');
  if (fields.length < 2) return [text];
  const [first, last] = [fields[0]!, fields.at(-1)!];
  if (countWords(first) < 2 || !isTitleCase(first) || countWords(last) < ABSTRACT_FIELD_MIN_WORDS) return [text];
  // Fields between (authors, an id…) go first, so the title stays right before its abstract and
  // they are reported as the skipped lines they are.
  return [...fields.slice(1, -1), first, last];
}
