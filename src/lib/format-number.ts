const integerFormat = new Intl.NumberFormat('en');

/**
 * A count with its noun: `1 paper`, `2,345 papers`.
 *
 * @param count A non-negative integer.
 * @param singular Noun for one, e.g. `paper`.
 * @param plural Noun for other counts; defaults to `singular` + `s`.
 */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${integerFormat.format(count)} ${count === 1 ? singular : plural}`;
}

/**
 * A similarity or coherence score with a fixed number of decimals: `0.523` → `0.52`.
 *
 * @param score Any finite number.
 * @param digits Decimals to keep (default 2).
 */
export function formatScore(score: number, digits = 2): string {
  const fixed = score.toFixed(digits);
  // `-0.00` reads as a sign error; show a rounded zero without its sign.
  return /^-0\.?0*$/.test(fixed) ? fixed.slice(1) : fixed;
}
