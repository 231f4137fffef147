import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { readExportRows } from '../../../scripts/lib/check/read-export-rows-fs.ts';
import { readBundleSlugs, readSearchEntries } from '../../../scripts/lib/check/read-search-entries-fs.ts';
import { knownSearchEntries, recordSearchEntries } from '../../../scripts/lib/check/search-entries-record-fs.ts';

const root = mkdtempSync(path.join(tmpdir(), 'atlas-search-entries-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A site with two search bundles as Pagefind 1.x writes them (gzipped, signed fragments). */
function siteWithBundles(): string {
  const site = path.join(root, 'dist');
  const fragment = (bundle: string, name: string, body: string | Buffer) => {
    mkdirSync(path.join(site, bundle, 'fragment'), { recursive: true });
    writeFileSync(path.join(site, bundle, 'fragment', `${name}.pf_fragment`), body);
  };
  fragment('pagefind', 'en_a', gzipSync(`pagefind_dcd${JSON.stringify({ url: '/papers/first/' })}`));
  fragment('pagefind', 'en_t', gzipSync(`pagefind_dcd${JSON.stringify({ url: '/topics/some-topic/' })}`));
  fragment('pagefind-part-2', 'en_b', gzipSync(`pagefind_dcd${JSON.stringify({ url: '/papers/second/' })}`));
  writeFileSync(path.join(site, 'papers.json'), JSON.stringify({ papers: [{ slug: 'first' }, { slug: 'second' }] }));
  return site;
}

describe('readSearchEntries', () => {
  const site = siteWithBundles();

  test('reads the paper slugs of every bundle, by bundle, and the rows of papers.json', () => {
    expect(readSearchEntries(site)).toEqual(new Map([['pagefind', ['first']], ['pagefind-part-2', ['second']]]));
    expect(readExportRows(site)).toEqual(['first', 'second']);
  });

  test('reads one bundle to the same slugs', () => {
    expect(readBundleSlugs(path.join(site, 'pagefind'))).toEqual(['first']);
    expect(readBundleSlugs(path.join(site, 'pagefind-part-2'))).toEqual(['second']);
  });

  test('takes a known bundle as it was read before, without opening its fragments', () => {
    // Were the fragment read, this would throw: it is not a gzipped Pagefind fragment.
    writeFileSync(path.join(site, 'pagefind-part-2', 'fragment', 'en_b.pf_fragment'), 'not a fragment');
    expect(() => readSearchEntries(site)).toThrow(/incorrect header check|Cannot check site/);
    expect(() => readBundleSlugs(path.join(site, 'pagefind-part-2'))).toThrow(/incorrect header check/);
    expect(readSearchEntries(site, new Map([['pagefind-part-2', ['second']]]))).toEqual(new Map([['pagefind', ['first']], ['pagefind-part-2', ['second']]]));
  });

  test('names the file of a fragment that is not Pagefind 1.x, and of a papers.json that is not JSON', () => {
    const other = path.join(root, 'other');
    mkdirSync(path.join(other, 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(path.join(other, 'pagefind', 'fragment', 'en_x.pf_fragment'), gzipSync('pagefind_v2{}'));
    expect(() => readBundleSlugs(path.join(other, 'pagefind'))).toThrow(/en_x\.pf_fragment to start with "pagefind_dcd"/);
    expect(() => readExportRows(other)).toThrow(/papers\.json, got no file/);
    writeFileSync(path.join(other, 'papers.json'), '{"papers": [');
    expect(() => readExportRows(other)).toThrow(/papers\.json to be JSON/);
  });
});

describe('search entries record', () => {
  const bundles = new Map([['pagefind', ['first']], ['pagefind-part-2', ['second', 'third']]]);
  const digests = { 'pagefind/': 'digest-1', 'pagefind-part-2/': 'digest-2' };

  test('gives back the slugs of the bundles whose documents have the same digest', () => {
    const folder = path.join(root, 'record');
    mkdirSync(folder, { recursive: true });
    recordSearchEntries(folder, digests, bundles);
    expect(knownSearchEntries(folder, digests)).toEqual(bundles);
    expect(knownSearchEntries(folder, { ...digests, 'pagefind-part-2/': 'digest-2b' })).toEqual(new Map([['pagefind', ['first']]]));
    expect(knownSearchEntries(folder, { 'pagefind/': 'digest-1', 'pagefind-part-3/': 'digest-3' })).toEqual(new Map([['pagefind', ['first']]]));
  });

  test('knows nothing without a record, or with one it cannot read', () => {
    const folder = path.join(root, 'damaged');
    mkdirSync(folder, { recursive: true });
    expect(knownSearchEntries(folder, digests)).toEqual(new Map());
    writeFileSync(path.join(folder, 'search-entries.record'), '{"pagefind/": {"digest": "digest-1", "slugs": [1]}');
    expect(knownSearchEntries(folder, digests)).toEqual(new Map());
    writeFileSync(path.join(folder, 'search-entries.record'), '{"pagefind/": {"digest": "digest-1", "slugs": [1]}}');
    expect(knownSearchEntries(folder, digests)).toEqual(new Map());
  });
});
