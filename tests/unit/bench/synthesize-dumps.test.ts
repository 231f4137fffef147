import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { titleKey } from '../../../scripts/lib/dedupe/title-key.ts';
import { decodeDump } from '../../../scripts/lib/parse/decode-dump.ts';
import { parseDump } from '../../../scripts/lib/parse/parse-dump.ts';
import { buildSynthesisCorpus, planDumpSizes, synthesizeDumps } from '../../../scripts/lib/bench/synthesize-dumps.ts';

const dumpsDir = path.resolve(import.meta.dirname, '../../../content/dumps');
const corpus = buildSynthesisCorpus(
  readdirSync(dumpsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const file = { name, bytes: readFileSync(path.join(dumpsDir, name)) };
      return { text: decodeDump(file).text, records: parseDump(file).records };
    }),
);

const parse = (dump: { name: string; text: string }) => parseDump({ name: dump.name, bytes: Buffer.from(dump.text) });

describe('planDumpSizes', () => {
  test.each([
    { papers: 0, sizes: [] },
    { papers: 1, sizes: [1] },
    { papers: 300, sizes: [300] },
    { papers: 301, sizes: [151, 150] },
    { papers: 1000, sizes: [250, 250, 250, 250] },
    { papers: 10_000, sizes: [...Array(4).fill(295), ...Array(30).fill(294)] },
  ])('$papers papers → $sizes.length dumps', ({ papers, sizes }) => {
    const planned = planDumpSizes(papers);
    expect(planned).toEqual(sizes);
    expect(planned.reduce((a, b) => a + b, 0)).toBe(papers);
  });
});

describe('synthesizeDumps', () => {
  const sizes = planDumpSizes(2_000);
  const dumps = synthesizeDumps(corpus, { seed: 7, dumpSizes: sizes });

  test('is deterministic: same seed and sizes, same bytes', () => {
    expect(synthesizeDumps(corpus, { seed: 7, dumpSizes: sizes })).toEqual(dumps);
    expect(synthesizeDumps(corpus, { seed: 8, dumpSizes: sizes })[0]?.text).not.toBe(dumps[0]?.text);
  });

  test('one more dump leaves the earlier ones byte-identical (the rebuild scenario)', () => {
    const more = synthesizeDumps(corpus, { seed: 7, dumpSizes: [...sizes, 300] });
    expect(more.slice(0, sizes.length)).toEqual(dumps);
    expect(more.at(-1)?.papers).toBe(300);
    expect(more.map((dump) => dump.name)).toEqual([...more.map((dump) => dump.name)].sort());
  });

  test('the real parser reads back exactly the papers written, with no warnings', () => {
    const parsed = dumps.map(parse);
    expect(parsed.map((dump) => dump.records.length)).toEqual(sizes);
    expect(parsed.flatMap((dump) => dump.diagnostics).filter((d) => d.severity !== 'info')).toEqual([]);
  });

  test('titles are distinct by the pipeline identity key, abstracts look like the feed', () => {
    const records = dumps.map(parse).flatMap((dump) => dump.records);
    expect(new Set(records.map((record) => titleKey(record.title))).size).toBe(2_000);
    expect(records.every((record) => record.abstract.split(/\s+/).length >= 45)).toBe(true);
    const share = (pattern: RegExp) => records.filter((record) => pattern.test(record.abstract)).length / records.length;
    expect(share(/https?:\/\/|github\.com/)).toBeGreaterThan(0.1);
    expect(share(/\\[A-Za-z]+|\$[^$]+\$/)).toBeGreaterThan(0.1);
  });

  test('each dump starts with chrome lines of a real dump', () => {
    for (const dump of dumps) expect(dump.text.startsWith(corpus.layouts[0]?.header[0] ?? '\0') || dump.text.startsWith(corpus.layouts[2]?.header[0] ?? '\0')).toBe(true);
    expect(dumps[0]?.text.split('\n').slice(0, 3)).toEqual(expect.arrayContaining(['Get trending papers in your email inbox!']));
  });
});
