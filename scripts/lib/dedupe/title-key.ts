/**
 * Identity key of a paper: its title reduced to what makes it the same paper.
 *
 * Compatibility-decomposed (so `ﬁ` and `fi`, full-width and ASCII letters
 * agree), accents dropped (`Schrödinger` = `Schrodinger`), case-folded, and
 * everything but letters and digits collapsed to single spaces, so case,
 * spacing, punctuation and Unicode forms of the same title give one key.
 *
 * @param title Cleaned title.
 * @returns The key; empty when the title has no letters or digits.
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
