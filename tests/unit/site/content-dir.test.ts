import { describe, expect, test } from 'vitest';
import { contentDirOf } from '../../../src/lib/content-dir.ts';

describe('contentDirOf', () => {
  test.each([
    [{}, 'content'],
    [{ ATLAS_CONTENT_DIR: '' }, 'content'],
    [{ ATLAS_CONTENT_DIR: 'tests/.tmp/site/content' }, 'tests/.tmp/site/content'],
    [{ ATLAS_CONTENT_DIR: '../snap/content-10k//' }, '../snap/content-10k'],
    [{ ATLAS_CONTENT_DIR: '/abs/content/' }, '/abs/content'],
    [{ ATLAS_CONTENT_DIR: '.' }, '.'],
    [{ ATLAS_CONTENT_DIR: '/' }, '/'],
  ])('%j → %s', (env, expected) => {
    expect(contentDirOf(env)).toBe(expected);
  });
});
