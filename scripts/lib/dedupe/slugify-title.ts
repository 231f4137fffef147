import transliterate from '@sindresorhus/transliterate';

/** Slugs longer than this are cut at a word boundary: long enough to read, short enough for a URL. */
const MAX_SLUG_LENGTH = 80;

/** Letters that NFKD does not decompose into ASCII but that have a usual Latin spelling. */
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i',
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta',
  ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', π: 'pi', ρ: 'rho', σ: 'sigma',
  ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
};

/**
 * Readable ASCII slug of a title: `DINO-WM: World Models…` → `dino-wm-world-models…`.
 *
 * @param title Cleaned title.
 * @returns Lowercase ASCII letters and digits joined by single hyphens; empty when
 *   nothing of the title can be written in ASCII (the caller then falls back to a hash).
 */
export function slugifyTitle(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\x00-\x7f]/g, (char) => {
      const spelled = TRANSLITERATIONS[char];
      // Other scripts (Cyrillic, Arabic, Armenian, Georgian…) by their usual romanisation; what
      // it does not know (Chinese, Japanese) stays non-ASCII and becomes a separator below.
      if (spelled === undefined) return transliterate(char).toLowerCase();
      // Greek letters are symbols in titles (`μP`, `β-VAE`): spell them as words of their own.
      return /\p{Script=Greek}/u.test(char) ? ` ${spelled} ` : spelled;
    })
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return truncateAtHyphen(ascii, MAX_SLUG_LENGTH);
}

function truncateAtHyphen(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
