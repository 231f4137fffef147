import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../../scripts/lib/build-catalogue.ts';
import { dumpIdOf } from '../../../scripts/lib/ingest/dump-id-of.ts';
import type { Diagnostic, DumpFile } from '../../../scripts/lib/model.ts';
import { formatDiagnostic } from '../../../scripts/lib/report/format-diagnostic.ts';
import {
  CHROME_HEAD,
  hostileCorpus,
  largeDump,
  recordLines,
  recordTitles,
  repeatedRecordDump,
  utf8,
  validRecord,
  type HostileCase,
} from '../../helpers/hostile-corpus.ts';

const FIRST_BUILD = { registry: {}, previous: undefined };

/** Titles of the built papers with how often each occurs. */
function titleCounts(titles: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const title of titles) counts.set(title, (counts.get(title) ?? 0) + 1);
  return counts;
}

function describeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.filter((each) => each.severity !== 'info').map(formatDiagnostic).join('\n');
}

describe('the whole pure pipeline on the hostile corpus, each case mixed with valid records', () => {
  test.each(hostileCorpus().map((each) => [each.name, each] as const))('%s', (_, hostile: HostileCase) => {
    const { catalogue, diagnostics } = buildCatalogue(hostile.dumps, FIRST_BUILD);
    const report = describeDiagnostics(diagnostics);

    expect(diagnostics.filter((each) => each.severity === 'error'), report).toEqual([]);
    // Every valid record is exactly one paper, and nothing else became one.
    const counts = titleCounts(catalogue.papers.map((paper) => paper.title));
    expect([...counts.keys()].sort(), report).toEqual([...hostile.validTitles].sort());
    expect([...counts.values()].every((count) => count === 1)).toBe(true);

    // The report names file, line and reason of every skip, and the dump summary lists it.
    for (const skip of hostile.skips) {
      const match = diagnostics.find(
        (each) => each.severity === 'warning' && each.file === skip.file && each.line === skip.line && skip.reason.test(each.message),
      );
      expect(match, `expected ${skip.file}:${skip.line ?? ''} ${skip.reason} in\n${report}`).toBeDefined();
      const summary = catalogue.summaries.find((each) => each.file === skip.file);
      expect(summary?.skipped).toContainEqual(match);
    }
    // No warning about a dump goes without its file, nor a line-level one without its line.
    for (const warning of diagnostics.filter((each) => each.severity === 'warning')) {
      expect(hostile.dumps.map((dump) => dump.name)).toContain(warning.file);
      if (/^skipped line|^title with no abstract/.test(warning.message)) expect(warning.line).toBeGreaterThan(0);
    }
    // Nothing the case does not expect was skipped: each warning is one of the expected skips.
    expect(diagnostics.filter((each) => each.severity === 'warning').length, report).toBe(hostile.skips.length);

    for (const [title, abstract] of Object.entries(hostile.abstracts ?? {})) {
      expect(catalogue.papers.find((paper) => paper.title === title)?.abstractText).toBe(abstract);
    }
    // Every summary accounts for its records.
    for (const summary of catalogue.summaries) expect(summary.newPapers.length + summary.duplicates).toBe(summary.records);
  });

  test('a dump of only known chrome reads as zero records in its summary', () => {
    const hostile = hostileCorpus().find((each) => each.name === 'only-chrome') as HostileCase;
    const { catalogue } = buildCatalogue(hostile.dumps, FIRST_BUILD);
    expect(catalogue.summaries.find((each) => each.file === '050_only-chrome.txt')?.records).toBe(0);
  });

  test('10,000 copies of one record make one paper; the record after them survives', () => {
    const { dump, title, lastTitle } = repeatedRecordDump(10_000);
    const { catalogue, diagnostics } = buildCatalogue([dump], FIRST_BUILD);
    expect(diagnostics.filter((each) => each.severity !== 'info')).toEqual([]);
    expect(catalogue.papers.map((paper) => paper.title).sort()).toEqual([title, lastTitle].sort());
    const paper = catalogue.papers.find((each) => each.title === title);
    expect(paper?.occurrences).toHaveLength(10_000);
    expect(catalogue.summaries[0]).toMatchObject({ records: 10_001, duplicates: 9_999 });
  });

  test('a dump whose name sorts before the published ones changes no published slug', () => {
    const later = [
      { name: '001_a.txt', bytes: utf8(`${CHROME_HEAD}\n${recordLines(700, 4).join('\n')}\n`) },
      { name: '002_b.txt', bytes: utf8(`${CHROME_HEAD}\n${recordLines(704, 4).join('\n')}\n`) },
    ];
    const first = buildCatalogue(later, FIRST_BUILD);
    const published = new Map(first.catalogue.papers.map((paper) => [paper.key, paper.slug]));
    // A different paper (its key keeps the Greek letter) whose slug base is that of record 700, plus a copy of 705.
    const rival = validRecord(700);
    const earlyText = [`${rival.title} β`, validRecord(950).abstract, ...recordLines(705, 1)].join('\n');
    const early: DumpFile = { name: '!000-early.txt', bytes: utf8(`${CHROME_HEAD}\n${earlyText}\n`) };
    const second = buildCatalogue([...later, early], {
      registry: first.catalogue.registry,
      previous: { topics: first.catalogue.topics.map(({ slug, label, papers }) => ({ slug, label, papers })) },
    });
    expect(second.diagnostics.filter((each) => each.severity === 'error')).toEqual([]);
    for (const [key, slug] of published) {
      expect(second.catalogue.papers.find((paper) => paper.key === key)?.slug).toBe(slug);
    }
    expect(second.catalogue.papers).toHaveLength(first.catalogue.papers.length + 1);
    expect(second.catalogue.papers.find((paper) => paper.title === validRecord(705).title)?.firstSeen).toBe(dumpIdOf('!000-early.txt'));
    expect(new Set(second.catalogue.papers.map((paper) => paper.slug)).size).toBe(second.catalogue.papers.length);
  });

  test('two dump names that would map to the same id get distinct ids, and the build goes on', () => {
    // Unsafe characters become `-`: `a b` and `a-b` would both be `a-b`; the unsafe name also gets a hash of itself.
    const dumps = [
      { name: '080_a b.txt', bytes: utf8(`${recordLines(800, 1).join('\n')}\n`) },
      { name: '080_a-b.txt', bytes: utf8(`${recordLines(801, 1).join('\n')}\n`) },
    ];
    const { catalogue, diagnostics } = buildCatalogue(dumps, FIRST_BUILD);
    expect(catalogue.papers.map((paper) => paper.title).sort()).toEqual(recordTitles(800, 2).sort());
    expect(catalogue.summaries.map((summary) => summary.id)).toEqual([dumpIdOf('080_a b.txt'), '080_a-b']);
    expect(dumpIdOf('080_a b.txt')).toMatch(/^080_a-b-[0-9a-f]{8}$/);
    expect(diagnostics.filter((each) => each.severity === 'error')).toEqual([]);
  });
});

describe('a 50 MB dump', () => {
  test('parses with bounded work: every distinct record is a paper, every junk line reported; time and memory printed', () => {
    const before = process.memoryUsage();
    const { dump, titles, junkLines } = largeDump(50, 300);
    const started = performance.now();
    let peakRss = before.rss;
    const stages: string[] = [];
    let last = started;
    const { catalogue, diagnostics } = buildCatalogue([dump], FIRST_BUILD, (stage) => {
      const now = performance.now();
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      stages.push(`${stage} ${((now - last) / 1000).toFixed(1)} s`);
      last = now;
    });
    const seconds = (performance.now() - started) / 1000;
    const after = process.memoryUsage();
    const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
    console.log(
      `50 MB dump: ${(dump.bytes.length / 1_048_576).toFixed(1)} MB, ${catalogue.summaries[0]?.records} records, ` +
        `${catalogue.papers.length} papers in ${seconds.toFixed(1)} s (${stages.join(', ')}); ` +
        `rss ${mb(before.rss)} → peak ${mb(peakRss)} → ${mb(after.rss)}, heapUsed ${mb(before.heapUsed)} → ${mb(after.heapUsed)}`,
    );
    expect(diagnostics.filter((each) => each.severity === 'error')).toEqual([]);
    expect(catalogue.papers.map((paper) => paper.title).sort()).toEqual([...titles].sort());
    const junk = diagnostics.filter((each) => each.severity === 'warning' && /too long for a title and not prose/.test(each.message));
    expect(junk).toHaveLength(junkLines);
    for (const warning of junk) expect(warning).toMatchObject({ file: '070_large.txt', line: expect.any(Number) });
  }, 300_000);
});
