import { describe, expect, test } from 'vitest';
import { titleKey } from '../../../scripts/lib/dedupe/title-key.ts';

describe('titleKey', () => {
  test.each([
    ['DINO-WM: World Models', 'dino wm world models'],
    ['dino wm   world-models!', 'dino wm world models'],
    ['Schrödinger Bridges', 'schrodinger bridges'],
    ['Schro\u0308dinger Bridges', 'schrodinger bridges'],
    ['Ｆｕｌｌ Width', 'full width'],
    ['eﬃcient ﬁne-tuning', 'efficient fine tuning'],
    ['u-μP: Unit Scaling', 'u μp unit scaling'],
    ['  ', ''],
    ['!!!', ''],
  ])('%j → %j', (title, key) => {
    expect(titleKey(title)).toBe(key);
  });

  test('different papers keep different keys', () => {
    expect(titleKey('Diffusion Models')).not.toBe(titleKey('Diffusion Model'));
  });
});
