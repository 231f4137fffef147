import { describe, expect, test } from 'vitest';
import { slugifyTitle } from '../../../scripts/lib/dedupe/slugify-title.ts';

describe('slugifyTitle', () => {
  test.each([
    ['DINO-WM: World Models on Pre-trained Visual Features', 'dino-wm-world-models-on-pre-trained-visual-features'],
    ['Schrödinger Bridges', 'schrodinger-bridges'],
    ['u-μP: The Unit-Scaled Maximal Update Parametrization', 'u-mu-p-the-unit-scaled-maximal-update-parametrization'],
    ['Straße & Œuvre', 'strasse-oeuvre'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['{process.exit()}', 'process-exit'],
    ['Нейронные сети для предсказания свойств молекул', 'neironnye-seti-dlya-predskazaniya-svoistv-molekul'],
    ['Їжак і щука: українська мова', 'izhak-i-schuka-ukrainska-mova'],
    ['ΑΒΓ: Greek Letters', 'alpha-beta-gamma-greek-letters'],
    ['Łódź ß', 'lodz-ss'],
    ['日本語とEnglish Mixed', 'english-mixed'],
    ['Bounds ≤ ∞ in terms', 'bounds-in-terms'],
    ['深度学习', ''],
    ['---', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugifyTitle(title)).toBe(slug);
  });

  test('long titles are cut at a hyphen, at most 80 characters', () => {
    const slug = slugifyTitle('word '.repeat(40) + 'end');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
