/**
 * Split text into lines on LF, CRLF or lone CR (mixtures included).
 *
 * A CRLF pair counts as one break, so index `i` of the result is line `i + 1` of the file
 * as an editor numbers it.
 *
 * @param text Decoded dump text.
 * @returns The lines without their terminators; `['']` for empty text.
 */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
