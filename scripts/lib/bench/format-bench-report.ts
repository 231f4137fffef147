import { peakRss, totalSeconds, type BenchResult, type StageResult } from './bench-result.ts';

/**
 * The benchmark report as Markdown: machine, one row per stage with totals, the Hugo
 * baseline, the rebuild with per-stage speed-ups, and the targets.
 */
export function formatBenchReport(result: BenchResult): string {
  const m = result.machine;
  const lines = [
    `# Benchmark: ${result.papers.toLocaleString('en-US')} papers${result.rebuild ? ' + rebuild' : ''}`,
    '',
    `${result.date} · commit ${result.commit} · seed ${result.seed}`,
    `Machine: ${m.cpuModel}, ${m.nproc} cores, ${gib(m.memoryBytes)} GiB RAM, Node ${m.node}, ${m.platform}`,
    `Synthetic input: ${result.cold.dumps} dumps, ${mb(result.generate.bytes)} MB, generated in ${result.generate.seconds.toFixed(1)} s`,
    '',
    `## Cold build (${result.cold.papers} papers)`,
    '',
    ...stageTable(result.cold.stages, 'total (ours)'),
  ];
  if (result.hugo) {
    lines.push('', '## Baseline: Hugo + Pagefind on the same papers', '', ...stageTable(result.hugo, 'total (Hugo + Pagefind)'));
  }
  if (result.rebuilt) {
    const cold = result.cold.stages;
    const warm = result.rebuilt.stages;
    lines.push(
      '',
      `## Rebuild after one more dump (${result.rebuilt.papers} papers, cache and content kept)`,
      '',
      ...stageTable(warm, 'total (rebuild)'),
      '',
      '| stage | cold s | rebuild s | speed-up |',
      '| --- | ---: | ---: | ---: |',
      ...warm.map((stage, i) => {
        const before = cold[i]?.seconds ?? Number.NaN;
        return `| ${stage.stage} | ${before.toFixed(1)} | ${stage.seconds.toFixed(1)} | ${(before / stage.seconds).toFixed(2)}× |`;
      }),
      `| **total** | ${totalSeconds(cold).toFixed(1)} | ${totalSeconds(warm).toFixed(1)} | ${(totalSeconds(cold) / totalSeconds(warm)).toFixed(2)}× |`,
    );
  }
  lines.push(
    '',
    '## Targets',
    '',
    '| target | limit | measured | result |',
    '| --- | --- | --- | --- |',
    ...result.targets.map((t) => `| ${t.target} | ${t.limit} | ${t.measured} | ${t.pass === null ? 'n/a' : t.pass ? 'pass' : '**FAIL**'} |`),
  );
  const notes = [...result.cold.stages, ...(result.rebuilt?.stages ?? []), ...(result.hugo ?? [])].filter((s) => s.notes.length > 0);
  if (notes.length > 0) {
    lines.push('', '## Notes', '');
    const seen = new Set<StageResult>();
    for (const stage of notes) {
      if (seen.has(stage)) continue;
      seen.add(stage);
      for (const note of stage.notes) lines.push(`- ${stage.stage}: ${note}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function stageTable(stages: readonly StageResult[], totalLabel: string): string[] {
  return [
    '| stage | wall s | CPU s | load | peak RSS MB | output MB | files | written | exit |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...stages.map(
      (s) =>
        `| ${s.stage} | ${s.seconds.toFixed(1)} | ${s.cpuSeconds.toFixed(1)} | ${s.meanLoad.toFixed(1)} | ${mb(s.peakRssBytes)} | ${mb(s.outputBytes)} | ${s.files} | ${s.filesWritten} | ${s.exitCode} |`,
    ),
    `| **${totalLabel}** | **${totalSeconds(stages).toFixed(1)}** | ${stages.reduce((n, s) => n + s.cpuSeconds, 0).toFixed(1)} | | **${mb(peakRss(stages))}** (max) | ${mb(stages.reduce((n, s) => n + s.outputBytes, 0))} | ${stages.reduce((n, s) => n + s.files, 0)} | ${stages.reduce((n, s) => n + s.filesWritten, 0)} | |`,
  ];
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0);
}

function gib(bytes: number): string {
  return (bytes / 2 ** 30).toFixed(1);
}
