/**
 * `npm run bench -- --papers N [--rebuild]` — issue #5's benchmark: builds a synthetic
 * catalogue of N papers with every real stage, measures wall time and peak RSS, compares
 * with Hugo + Pagefind, and writes bench/results/<N>[-rebuild].{json,md}.
 * Thin CLI: parse arguments → run the benchmark → print → exit code (1 when a stage failed
 * or, with --strict, a target was missed).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatBenchReport } from './lib/bench/format-bench-report.ts';
import { runBench } from './lib/bench/run-bench-fs.ts';
import { summarizeCpuProfile } from './lib/bench/summarize-cpu-profile.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const HELP = `Usage: npm run bench -- --papers N [options]

Generates N synthetic papers (recombined from content/dumps, ~300 per dump) under
bench/work/<N>/, runs pipeline → astro build → Pagefind as subprocesses (wall time,
peak RSS of each process tree, output size, files written), then Hugo + Pagefind on
the same papers, and writes bench/results/<N>[-rebuild].{json,md}.

Options:
  --papers N        papers to generate (required)
  --rebuild         after the cold build add one 300-paper dump and rebuild (cache kept)
  --seed S          PRNG seed (default 1)
  --no-hugo         skip the Hugo baseline
  --hugo PATH       hugo executable (default /usr/bin/hugo)
  --profile STAGE   run STAGE (pipeline | site) under --cpu-prof and print its hotspots
  --strict          exit 1 when a target is missed
  -h, --help        show this help`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        papers: { type: 'string' },
        rebuild: { type: 'boolean', default: false },
        seed: { type: 'string', default: '1' },
        'no-hugo': { type: 'boolean', default: false },
        hugo: { type: 'string', default: '/usr/bin/hugo' },
        profile: { type: 'string' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const papers = Number(values.papers);
  const seed = Number(values.seed);
  if (!Number.isInteger(papers) || papers < 1) {
    console.error(`--papers: expected a positive integer, got ${values.papers}\n\n${HELP}`);
    return 2;
  }
  if (!Number.isInteger(seed)) {
    console.error(`--seed: expected an integer, got ${values.seed}`);
    return 2;
  }
  if (values.profile && !['pipeline', 'site'].includes(values.profile)) {
    console.error(`--profile: expected pipeline or site, got ${values.profile}`);
    return 2;
  }

  const result = await runBench({
    root: ROOT,
    papers,
    seed,
    rebuild: values.rebuild,
    hugo: !values['no-hugo'],
    hugoBin: values.hugo,
    profile: values.profile,
    log: (line) => console.error(`bench: ${line}`),
  });
  const report = formatBenchReport(result);
  const resultsDir = path.join(ROOT, 'bench/results');
  const base = path.join(resultsDir, `${papers}${values.rebuild ? '-rebuild' : ''}`);
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`${base}.md`, report);
  console.log(report);
  console.log(`written ${path.relative(ROOT, base)}.{json,md}; logs in bench/work/${papers}/bench.log`);

  if (values.profile) {
    const dir = path.join(ROOT, 'bench/work', String(papers), 'profiles', values.profile);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
      console.log(`\nhotspots (self time) in ${path.relative(ROOT, path.join(dir, file))}:`);
      for (const spot of summarizeCpuProfile(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), ROOT)) {
        console.log(`  ${(spot.share * 100).toFixed(1).padStart(5)} %  ${(spot.selfMs / 1000).toFixed(2).padStart(7)} s  ${spot.location}`);
      }
    }
  }
  const failed = [...result.cold.stages, ...(result.rebuilt?.stages ?? []), ...(result.hugo ?? [])].some((s) => s.exitCode !== 0);
  if (failed) return 1;
  return values.strict && result.targets.some((t) => t.pass === false) ? 1 : 0;
}

process.exitCode = await main();
