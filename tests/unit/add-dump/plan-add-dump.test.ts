import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatAddDumpPlan } from '../../../scripts/lib/add-dump/format-add-dump-plan.ts';
import { dumpFileName, planAddDump } from '../../../scripts/lib/add-dump/plan-add-dump.ts';
import { buildCatalogue } from '../../../scripts/lib/build-catalogue.ts';
import type { DumpFile } from '../../../scripts/lib/model.ts';
import type { CatalogueState } from '../../../scripts/lib/write/read-catalogue-state-fs.ts';

const lines = readFileSync(path.resolve(import.meta.dirname, '../../../content/dumps/000_204173092b44c16c.txt'), 'utf8').split('\n');
const encode = (text: string) => new TextEncoder().encode(text);
const existing: DumpFile[] = [{ name: '000_2025-01-01_aaaaaaaa.txt', bytes: encode(lines.slice(0, 43).join('\n')) }];
const published = buildCatalogue(existing, { registry: {}, previous: undefined }).catalogue;
const state: CatalogueState = {
  registry: published.registry,
  previous: { topics: published.topics.map(({ slug, label, papers }) => ({ slug, label, papers })) },
};

describe('dumpFileName', () => {
  test.each([
    [[], '000_2025-03-04_0123abcd.txt'],
    [['000_x.txt', '001_y.txt'], '002_2025-03-04_0123abcd.txt'],
    [['007_2025-01-01_ffffffff.txt', 'notes.txt'], '008_2025-03-04_0123abcd.txt'],
    [['999_z.txt'], '1000_2025-03-04_0123abcd.txt'],
  ])('after %j comes %s', (names, expected) => {
    expect(dumpFileName(names, '2025-03-04', '0123abcd')).toBe(expected);
  });
});

describe('planAddDump', () => {
  test('a dump with new and known papers: lists both, with lines, and any unusable line', () => {
    // Two records already published (lines 5–8 of the old dump), ten new ones, and a dangling title.
    const text = [...lines.slice(4, 8), ...lines.slice(44, 64), 'A Title Without Any Abstract After It'].join('\n');
    const plan = planAddDump({ existing, bytes: encode(text), date: '2025-02-01', state });
    expect(plan.refusal).toBeUndefined();
    expect(plan.name).toMatch(/^001_2025-02-01_[0-9a-f]{8}\.txt$/);
    expect(plan.records).toBe(12);
    expect(plan.knownPapers.map((paper) => paper.line)).toEqual([1, 3]);
    expect(plan.newPapers).toHaveLength(10);
    expect(plan.newPapers[0]).toMatchObject({ line: 5 });
    expect(plan.skipped.map((diagnostic) => diagnostic.line)).toEqual([25]);
    expect(plan.errors).toEqual([]);
    const printed = formatAddDumpPlan(plan, { source: 'new.txt', dryRun: true });
    expect(printed).toContain(`new.txt → content/dumps/${plan.name} (dry run: nothing stored)`);
    expect(printed).toContain('12 records: 10 new papers, 2 already in the catalogue');
    expect(printed).toMatch(/:25: warning: /);
  });

  test.each([
    ['the same bytes as a dump already there', existing[0]!.bytes, /identical to content\/dumps\/000_2025-01-01_aaaaaaaa\.txt/],
    ['no records', encode('Get trending papers in your email inbox!\n\n'), /no title\/abstract record/],
    ['nothing at all', new Uint8Array(), /no title\/abstract record/],
  ])('refuses a dump with %s', (_, bytes, reason) => {
    const plan = planAddDump({ existing, bytes, date: '2025-02-01', state });
    expect(plan.refusal).toMatch(reason);
    expect(formatAddDumpPlan(plan, { source: 'x.txt', dryRun: false })).toMatch(/^refused x\.txt: /);
  });

  test('throws on a malformed date (a bug in the caller, not bad data)', () => {
    expect(() => planAddDump({ existing, bytes: encode('x'), date: '1/2/2025', state })).toThrow(/expected a date like/);
  });
});
