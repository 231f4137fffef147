import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readRedirectedPaperSlugs } from '../../../scripts/lib/check/read-site-fs.ts';
import { readRedirects } from '../../../src/lib/read-redirects-fs.ts';

const folders: string[] = [];
const contentWith = (text?: string) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'atlas-redirects-'));
  folders.push(folder);
  if (text !== undefined) writeFileSync(path.join(folder, 'redirects.json'), text);
  return folder;
};
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('readRedirects', () => {
  test('reads the entries, dropping fields the schema does not know', () => {
    const content = contentWith(JSON.stringify([{ id: 'topics/old', from: '/topics/old/', to: '/topics/new/', kind: 'topic', papers: 30 }]));
    expect(readRedirects(content)).toEqual([{ from: '/topics/old/', to: '/topics/new/', kind: 'topic', papers: 30 }]);
  });

  test('no file and an empty list are no redirects', () => {
    expect(readRedirects(contentWith())).toEqual([]);
    expect(readRedirects(contentWith('[]'))).toEqual([]);
  });

  test.each([
    ['not JSON', '[{', /expected JSON in .*redirects\.json/],
    ['not a list', '{}', /redirects\.json: \(root\): /],
    ['a path that is not site-relative', JSON.stringify([{ from: 'http://evil/', to: '/x/', kind: 'paper', papers: 1 }]), /redirects\.json: 0\.from: expected a site-relative path/],
  ])('%s is refused, naming the file', (_, text, message) => {
    expect(() => readRedirects(contentWith(text))).toThrow(message);
  });
});

describe('readRedirectedPaperSlugs', () => {
  test('the slugs of old paper URLs only', () => {
    const content = contentWith(
      JSON.stringify([
        { from: '/papers/old-slug/', to: '/papers/new-slug/', kind: 'paper', papers: 1 },
        { from: '/topics/old/', to: '/topics/new/', kind: 'topic', papers: 3 },
      ]),
    );
    expect(readRedirectedPaperSlugs(content)).toEqual(new Set(['old-slug']));
  });
});
