import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { v8StoreIn } from '../../../scripts/lib/cache/v8-store-fs.ts';
import type { Basis } from '../../../scripts/lib/enrich/compute-basis.ts';

const folders: string[] = [];
const newFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'v8-store-'));
  folders.push(folder);
  return path.join(folder, 'cache');
};
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A small basis with every kind of value a real one holds: Maps, typed arrays, nested arrays. */
const basis = (slug: string): Basis => ({
  papers: [slug],
  stats: { n: 1, globalLong: new Map([['llm', 'large language model']]), compactBest: new Map([['pretrained', 'pretrained']]), df: new Map([['x', 1]]), shortSurface: new Map() },
  phrases: new Map([['x', { key: 'x', slug: 'x', label: 'X', df: 1 }]]),
  paperKeyphrases: [['x']],
  vocabulary: { terms: ['x'], df: Int32Array.of(1), n: 1 },
  vectors: { offsets: Int32Array.of(0, 1), ids: Int32Array.of(0), weights: Float32Array.of(1) },
  topics: [{ slug: 't', label: 'T', members: [0], phrases: ['x'], npmi: 0.5, miscellany: false }],
  settled: true,
});

const storeIn = (folder: string, salt: string, onProblem?: (message: string) => void) =>
  v8StoreIn<Basis>({ folder, kind: 'basis', salt, kept: 6, onProblem });

describe('v8StoreIn', () => {
  test('gives back what was kept, under every key, and nothing for another key or salt', () => {
    const folder = newFolder();
    const store = storeIn(folder, 'salt');
    expect(store.get('k1')).toBeUndefined();
    store.set(['k1', 'k2'], basis('a'));
    expect(store.get('k1')).toEqual(basis('a'));
    expect(store.get('k2')).toEqual(basis('a'));
    expect(store.get('k3')).toBeUndefined();
    expect(storeIn(folder, 'other code').get('k1')).toBeUndefined();
  });

  test('keeps only the most recently used files', () => {
    const folder = newFolder();
    const store = storeIn(folder, 'salt');
    for (let i = 0; i < 10; i++) store.set([`key-${i}`], basis(`p${i}`));
    expect(readdirSync(folder)).toHaveLength(6);
    expect(store.get('key-9')).toEqual(basis('p9'));
    expect(store.get('key-0')).toBeUndefined();
  });

  test('stores of other kinds in the same folder keep their own files', () => {
    const folder = newFolder();
    const bases = storeIn(folder, 'salt');
    const others = v8StoreIn<string>({ folder, kind: 'dump', salt: 'salt', kept: 1 });
    bases.set(['k'], basis('a'));
    others.set(['k'], 'one');
    others.set(['l'], 'two');
    expect(bases.get('k')).toEqual(basis('a'));
    expect(others.get('k')).toBeUndefined();
    expect(others.get('l')).toBe('two');
  });

  test('treats a damaged file as absent and says so', () => {
    const folder = newFolder();
    const problems: string[] = [];
    const store = storeIn(folder, 'salt', (message) => problems.push(message));
    store.set(['k'], basis('a'));
    const [file] = readdirSync(folder);
    writeFileSync(path.join(folder, file!), 'not a basis');
    expect(store.get('k')).toBeUndefined();
    expect(problems).toEqual([expect.stringMatching(/^Cannot read the kept basis .*computing it again$/)]);
  });

  test('says so when it cannot keep a basis, and the build goes on', () => {
    const folder = newFolder();
    writeFileSync(folder, 'a file where the folder should be');
    const problems: string[] = [];
    storeIn(folder, 'salt', (message) => problems.push(message)).set(['k'], basis('a'));
    expect(problems).toEqual([expect.stringMatching(/^Cannot keep the basis in .*computes it again$/)]);
  });
});
