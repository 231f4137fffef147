import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cleanedDumpKey, ingestDumps, type CleanedDump } from '../../../scripts/lib/ingest/ingest-dumps.ts';
import { readDumps } from '../../../scripts/lib/ingest/read-dumps-fs.ts';
import type { DumpFile } from '../../../scripts/lib/model.ts';

const DEFAULT_DUMPS = path.resolve(import.meta.dirname, '../../../content/dumps');
const encode = (text: string) => new TextEncoder().encode(text);

describe('ingestDumps on the default dumps', () => {
  const dumps = readDumps(DEFAULT_DUMPS);
  const ingestion = ingestDumps(dumps, {});

  test('511 records make 485 distinct papers, without a single warning', () => {
    expect(ingestion.summaries.map((summary) => summary.records)).toEqual([235, 199, 77]);
    expect(ingestion.summaries.reduce((sum, summary) => sum + summary.records, 0)).toBe(511);
    expect(ingestion.papers).toHaveLength(485);
    expect(ingestion.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([]);
  });

  test('every record is either a new paper or a merged duplicate', () => {
    for (const summary of ingestion.summaries) {
      expect(summary.newPapers.length + summary.duplicates).toBe(summary.records);
    }
  });

  test('slugs are unique readable ASCII', () => {
    const slugs = ingestion.papers.map((paper) => paper.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('a paper seen in several dumps records all of them and where it was first seen', () => {
    const repeated = ingestion.papers.filter((paper) => paper.dumps.length > 1);
    expect(repeated.length).toBeGreaterThan(0);
    for (const paper of repeated) expect(paper.firstSeen).toBe(paper.dumps[0]);
  });

  test('dumps kept by an earlier build are not parsed again, and give the same ingestion', () => {
    const kept = new Map<string, CleanedDump>();
    const store = {
      get: (key: string) => structuredClone(kept.get(key)),
      set: (keys: readonly string[], cleaned: CleanedDump) => keys.forEach((key) => kept.set(key, structuredClone(cleaned))),
    };
    const progress: string[] = [];
    expect(ingestDumps(dumps, {}, undefined, undefined, store)).toEqual(ingestion);
    expect([...kept.keys()].sort()).toEqual(dumps.map(cleanedDumpKey).sort());
    // A kept dump stands for parsing: one whose kept records were altered gives the altered records.
    const key = cleanedDumpKey(dumps[2]!);
    const altered = structuredClone(kept.get(key)!);
    altered.records.length = 0;
    kept.set(key, altered);
    const again = ingestDumps(dumps, {}, ({ file }) => progress.push(file), undefined, store);
    expect(again.summaries.map((summary) => summary.records)).toEqual([235, 199, 0]);
    expect(progress).toEqual([]);
  });

  test('a dump is kept by its name and bytes', () => {
    const a = { name: '000_a.txt', bytes: encode('Title\nAbstract.') };
    expect(cleanedDumpKey(a)).toBe(cleanedDumpKey({ ...a, bytes: encode('Title\nAbstract.') }));
    expect(cleanedDumpKey(a)).not.toBe(cleanedDumpKey({ ...a, name: '001_a.txt' }));
    expect(cleanedDumpKey(a)).not.toBe(cleanedDumpKey({ ...a, bytes: encode('Title\nAbstract!') }));
  });

  test('the dumps are processed in file-name order whatever order they are given in', () => {
    expect(ingestDumps([...dumps].reverse(), {})).toEqual(ingestion);
  });

  test('adding the third dump keeps every slug of a build with the first two', () => {
    const firstTwo = ingestDumps(dumps.slice(0, 2), {});
    const all = ingestDumps(dumps, firstTwo.registry);
    const slugOf = new Map(all.papers.map((paper) => [paper.key, paper.slug]));
    for (const paper of firstTwo.papers) expect(slugOf.get(paper.key)).toBe(paper.slug);
  });
});

describe('ingestDumps on broken dumps', () => {
  const good = 'A Good Title About Models\nWe study models of the world in depth. They plan well in many settings, and we show it with extensive experiments on three benchmarks.\n';

  test('a dump that sorts before the existing ones takes the first-seen role but keeps published slugs', () => {
    const later: DumpFile = { name: '001_b.txt', bytes: encode(good) };
    const first = ingestDumps([later], {});
    const earlier: DumpFile = { name: '000_a.txt', bytes: encode(good) };
    const second = ingestDumps([later, earlier], first.registry);
    expect(second.papers).toHaveLength(1);
    expect(second.papers[0]).toMatchObject({ slug: first.papers[0]?.slug, firstSeen: '000_a', dumps: ['000_a', '001_b'] });
  });

  test('an empty and a binary dump are reported and the valid dump still makes its paper', () => {
    const result = ingestDumps(
      [
        { name: '000_empty.txt', bytes: new Uint8Array() },
        { name: '001_binary.txt', bytes: Uint8Array.from({ length: 512 }, (_, index) => (index * 37) % 256) },
        { name: '002_good.txt', bytes: encode(good) },
      ],
      {},
    );
    expect(result.papers.map((paper) => paper.title)).toEqual(['A Good Title About Models']);
    const warned = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
    expect(new Set(warned.map((diagnostic) => diagnostic.file))).toEqual(new Set(['000_empty.txt', '001_binary.txt']));
    expect(warned.some((diagnostic) => diagnostic.file === '001_binary.txt' && /binary/.test(diagnostic.message))).toBe(true);
    expect(result.summaries.map((summary) => summary.skipped.length > 0)).toEqual([true, true, false]);
  });
});

describe('ingestDumps progress', () => {
  test('reports progress every 10,000 records of a large dump', () => {
    const record = (index: number) =>
      `Paper Number ${index} On Models\nWe study model number ${index} in depth. It plans well in many settings, as extensive experiments on three benchmarks show.\n`;
    const text = Array.from({ length: 20_500 }, (_, index) => record(index)).join('');
    const seen: string[] = [];
    const result = ingestDumps([{ name: '000_big.txt', bytes: encode(text) }], {}, (progress) => seen.push(`${progress.cleaned}/${progress.records}`));
    expect(seen).toEqual(['10000/20500', '20000/20500']);
    expect(result.papers).toHaveLength(20_500);
  }, 60_000);
});

describe('ingestDumps with a worker thread', () => {
  test('gives the same ingestion when a worker cleans the last dumps', () => {
    const dumps = readDumps(DEFAULT_DUMPS);
    expect(ingestDumps(dumps, {}, undefined, 0)).toEqual(ingestDumps(dumps, {}));
  });

  test('tells the progress of the dumps the worker cleaned, in dump order', () => {
    const record = (dump: number, index: number) =>
      `Paper ${dump} Number ${index} On Models\nWe study model number ${index} of set ${dump} in depth. It plans well in many settings, as extensive experiments on three benchmarks show.\n`;
    const dump = (n: number, count: number): DumpFile => ({
      name: `00${n}_big.txt`,
      bytes: encode(Array.from({ length: count }, (_, index) => record(n, index)).join('')),
    });
    const files = [dump(0, 10_500), dump(1, 10_200), dump(2, 10_100)];
    const seen: string[] = [];
    const split = ingestDumps(files, {}, (progress) => seen.push(`${progress.file} ${progress.cleaned}/${progress.records}`), 0);
    expect(seen).toEqual(['000_big.txt 10000/10500', '001_big.txt 10000/10200', '002_big.txt 10000/10100']);
    expect(split).toEqual(ingestDumps(files, {}));
  }, 60_000);
});
