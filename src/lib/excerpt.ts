/**
 * The start of a text, cut at a word boundary, for a two-line preview.
 *
 * @param text Plain text (whitespace runs are collapsed).
 * @param maxChars Longest result before the ellipsis; must be positive.
 * @returns The whole text when it fits, otherwise its first words followed by `…`.
 */
export function excerpt(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars + 1);
  const space = cut.lastIndexOf(' ');
  // A single very long word (a URL, a formula) is cut mid-word rather than dropped.
  const head = space > maxChars / 2 ? cut.slice(0, space) : flat.slice(0, maxChars);
  return `${head.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
