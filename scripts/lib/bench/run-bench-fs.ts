import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDump } from '../parse/parse-dump.ts';
import { checkTargets, type BenchResult, type BuildResult, type StageResult } from './bench-result.ts';
import { hugoSiteFiles, type HugoPaper } from './hugo-site.ts';
import { describeMachine } from './machine-fs.ts';
import { measureProcess } from './measure-process-fs.ts';
import { groupStageTimings, parseStageTimings } from './parse-stage-timings.ts';
import { planDumpSizes, PAPERS_PER_DUMP, synthesizeDumps } from './synthesize-dumps.ts';
import { readSynthesisCorpus, writeDumps } from './synthetic-dumps-fs.ts';
import { treeStats } from './tree-stats-fs.ts';

/** Options of {@link runBench}. */
export interface RunBenchOptions {
  /** Project root (holds package.json, content/dumps, node_modules). */
  root: string;
  papers: number;
  seed: number;
  /** After the cold build, add one dump and rebuild every stage. */
  rebuild: boolean;
  /** Run the Hugo baseline when `hugo` is installed. */
  hugo: boolean;
  /** Path of the `hugo` executable. */
  hugoBin: string;
  /** Stage to run under `--cpu-prof` (`pipeline`, `site`), profiles go to `<work>/profiles/`. */
  profile?: string;
  /** Receives progress lines. */
  log: (line: string) => void;
}

/**
 * Generates N synthetic papers under `bench/work/<N>/` and measures every build stage
 * as a subprocess (cold, then optionally a rebuild with one more dump), plus the Hugo baseline.
 */
export async function runBench(options: RunBenchOptions): Promise<BenchResult> {
  const { root, papers, seed, log } = options;
  const work = path.join(root, 'bench/work', String(papers));
  const contentDir = path.join(work, 'content');
  const distDir = path.join(work, 'dist');
  const cacheDir = path.join(work, 'cache');
  const logFile = path.join(work, 'bench.log');
  // An earlier run's files are moved aside now and deleted once everything is measured: on ext4
  // without a journal, files created within minutes of a mass deletion are slow to create
  // (site/rebuild-in-place-fs.ts), and deleting ~120k files first slowed the cold build it
  // measured (docs/PERFORMANCE.md). So the next run should not start right after this one ends.
  const trash = path.join(root, 'bench/work/.trash');
  if (existsSync(work)) {
    mkdirSync(trash, { recursive: true });
    renameSync(work, path.join(trash, `${papers}-${process.pid}-${Date.now()}`));
  }
  mkdirSync(work, { recursive: true });
  const date = new Date().toISOString();

  const generateStarted = performance.now();
  const corpus = readSynthesisCorpus(path.join(root, 'content/dumps'));
  const sizes = planDumpSizes(papers);
  const allDumps = synthesizeDumps(corpus, { seed, dumpSizes: options.rebuild ? [...sizes, PAPERS_PER_DUMP] : sizes });
  const coldDumps = allDumps.slice(0, sizes.length);
  const bytes = writeDumps(path.join(contentDir, 'dumps'), coldDumps);
  const generate = { seconds: (performance.now() - generateStarted) / 1000, dumps: coldDumps.length, bytes };
  log(`generated ${papers} papers in ${coldDumps.length} dumps (${(bytes / 1e6).toFixed(1)} MB) in ${generate.seconds.toFixed(1)} s`);

  const node = (args: string[], env: Record<string, string>, profileAs: string) => {
    // Each stage starts with the disk's write-back done (not timed): otherwise a stage pays for
    // flushing what the one before it wrote (a 10k rebuild started right after the cold build
    // was ~20 s slower for it).
    execFileSync('sync');
    const profiled = options.profile === profileAs;
    const profileDir = path.join(work, 'profiles', profileAs);
    if (profiled) mkdirSync(profileDir, { recursive: true });
    return measureProcess({
      command: process.execPath,
      args,
      cwd: root,
      logFile,
      env: {
        ASTRO_TELEMETRY_DISABLED: '1',
        ...env,
        // NODE_OPTIONS reaches worker processes too; each writes its own profile.
        ...(profiled ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` } : {}),
      },
    });
  };
  const siteEnv = { ATLAS_CONTENT_DIR: path.relative(root, contentDir), ATLAS_CACHE_DIR: cacheDir };

  const build = async (label: string, count: number, dumps: number): Promise<BuildResult> => {
    const stages: StageResult[] = [];
    let started = Date.now();
    log(`${label}: pipeline…`);
    // The run's own pipeline cache (the enrichment basis): empty for the cold build, kept for the rebuild.
    const pipeline = await node(['scripts/build-content.ts', '--content', contentDir, '--cache', path.join(cacheDir, 'pipeline'), '--quiet'], {}, 'pipeline');
    const timings = parseStageTimings(pipeline.output);
    const pipelineOut = treeStats(contentDir, started, ['dumps']);
    const wrote = /wrote (\d+) files, (\d+) unchanged, (\d+) removed/.exec(pipeline.output);
    stages.push(stage('pipeline', pipeline, pipelineOut, [
      timings.length > 0 ? `stages ${timings.map((t) => `${t.stage} ${t.seconds.toFixed(2)}s`).join(', ')}` : 'no `stages:` line printed',
      ...(wrote ? [`reported: wrote ${wrote[1]} files, ${wrote[2]} unchanged, ${wrote[3]} removed`] : []),
    ]));
    log(`${label}: pipeline ${pipeline.seconds.toFixed(1)} s (exit ${pipeline.exitCode})`);
    if (pipeline.exitCode !== 0) return { papers: count, dumps, stages, pipelineSplit: groupStageTimings(timings) };

    started = Date.now();
    log(`${label}: site (astro build ∥ data files + search, then check)…`);
    const site = await node(['scripts/build-site.ts', '--content', contentDir, '--out-dir', distDir], siteEnv, 'site');
    stages.push(
      stage('site: astro ∥ data files + search, check', site, treeStats(distDir, started), [
        ...astroPhases(site.output),
        ...lastLines(site.output, /(site: content synced|site: astro built|site: astro build finished|catalogue: read|data files: wrote|search: indexed|site check:)/, 8),
      ]),
    );
    log(`${label}: site ${site.seconds.toFixed(1)} s (exit ${site.exitCode})`);
    return { papers: count, dumps, stages, pipelineSplit: groupStageTimings(timings) };
  };

  const cold = await build('cold', papers, coldDumps.length);
  let rebuilt: BuildResult | undefined;
  if (options.rebuild) {
    const extra = allDumps.slice(sizes.length);
    writeDumps(path.join(contentDir, 'dumps'), extra);
    log(`rebuild: added ${extra[0]?.name} (${extra[0]?.papers} papers)`);
    rebuilt = await build('rebuild', papers + (extra[0]?.papers ?? 0), allDumps.length);
  }

  let hugo: StageResult[] | undefined;
  if (options.hugo && existsSync(options.hugoBin)) {
    hugo = await runHugo(coldDumps.flatMap((dump) => parseDump({ name: dump.name, bytes: Buffer.from(dump.text) }).records), work, (args, env) => node(args, env, 'hugo-pagefind'), options, logFile);
  } else if (options.hugo) {
    log(`hugo baseline skipped: ${options.hugoBin} not found`);
  }

  if (existsSync(trash)) {
    log('removing earlier runs\' files (measuring is done)…');
    rmSync(trash, { recursive: true, force: true });
  }

  const partial = { papers, rebuild: options.rebuild, date, commit: gitCommit(root), machine: describeMachine(), seed, generate, cold, rebuilt, hugo };
  return { ...partial, targets: checkTargets(partial) };
}

async function runHugo(
  papers: HugoPaper[],
  work: string,
  node: (args: string[], env: Record<string, string>) => ReturnType<typeof measureProcess>,
  options: RunBenchOptions,
  logFile: string,
): Promise<StageResult[]> {
  const site = path.join(work, 'hugo');
  const publicDir = path.join(site, 'public');
  for (const [file, text] of hugoSiteFiles(papers)) {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), text);
  }
  let started = Date.now();
  options.log('hugo: hugo --minify…');
  execFileSync('sync');
  const hugo = await measureProcess({ command: options.hugoBin, args: ['--minify', '--quiet', '--source', site, '--destination', publicDir], cwd: site, logFile });
  const stages = [stage('hugo --minify', hugo, treeStats(publicDir, started), [])];
  options.log(`hugo: ${hugo.seconds.toFixed(1)} s (exit ${hugo.exitCode})`);
  if (hugo.exitCode !== 0) return stages;
  started = Date.now();
  options.log('hugo: pagefind…');
  // Pagefind's own CLI over Hugo's pages, as a Hugo site would be indexed.
  const search = await node([path.join(options.root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', publicDir], {});
  stages.push(stage('pagefind (Hugo output)', search, pagefindStats(publicDir, started), lastLines(search.output, /Indexed \d+ page/)));
  options.log(`hugo: pagefind ${search.seconds.toFixed(1)} s (exit ${search.exitCode})`);
  return stages;
}

function stage(name: string, run: Awaited<ReturnType<typeof measureProcess>>, out: ReturnType<typeof treeStats>, notes: string[]): StageResult {
  const failure = run.exitCode === 0 ? [] : [`FAILED, last output: ${run.output.trim().split('\n').slice(-5).join(' / ')}`];
  return {
    stage: name,
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    meanLoad: run.meanLoad,
    peakRssBytes: run.peakRssBytes,
    outputBytes: out.bytes,
    files: out.files,
    filesWritten: out.written,
    exitCode: run.exitCode,
    notes: [...notes, `${run.peakProcesses} process(es) at most`, peakNote(run.peakBreakdown), ...failure],
  };
}

/** Pagefind's output: its bundle folders (`pagefind/`, `pagefind-part-n/`) inside the site. */
function pagefindStats(siteDir: string, since: number): ReturnType<typeof treeStats> {
  const bundles = readdirSync(siteDir).filter((name) => /^pagefind(?:-part-\d+)?$/.test(name));
  return bundles
    .map((name) => treeStats(path.join(siteDir, name), since))
    .reduce((sum, s) => ({ bytes: sum.bytes + s.bytes, files: sum.files + s.files, written: sum.written + s.written }), { bytes: 0, files: 0, written: 0 });
}

/** Astro's own phase timings (`… in 12.3s` lines), so a report shows where its time goes. */
function astroPhases(output: string): string[] {
  const clean = output.replace(/\x1b\[[0-9;]*m/g, '');
  return clean
    .split('\n')
    .filter((line) => /\bin\s+(?:\d+m\s*)?[\d.]+\s*m?s\b/.test(line) && !/^\s*[│├└]/.test(line) && !/\/index\.html|\.(?:json|xml|txt)\s/.test(line))
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .slice(0, 20);
}

/** Where the memory was when the tree's RSS peaked, e.g. `peak at 210 s: node astro.mjs 4.3 GB, …`. */
function peakNote(peak: Awaited<ReturnType<typeof measureProcess>>['peakBreakdown']): string {
  const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
  return `summed RSS peaked at ${peak.seconds.toFixed(0)} s: ${peak.processes.map((p) => `${p.name} ${gb(p.rssBytes)}`).join(', ') || 'no process seen'}`;
}

function lastLines(output: string, pattern: RegExp, count = 2): string[] {
  // A line may follow another process's unfinished line (astro's progress lines); start at the match.
  return output
    .split('\n')
    .flatMap((line) => {
      const match = pattern.exec(line);
      return match ? [line.slice(match.index)] : [];
    })
    .slice(-count);
}

function gitCommit(root: string): string {
  const git = (args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  try {
    return `${git(['rev-parse', '--short', 'HEAD'])}${git(['status', '--porcelain']) === '' ? '' : '+dirty'}`;
  } catch (error) {
    return `unknown (${(error as Error).message.split('\n')[0]})`;
  }
}
