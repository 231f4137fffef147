import type { MachineDescription } from './machine-fs.ts';

/** One measured stage (a subprocess). */
export interface StageResult {
  /** e.g. `pipeline`, `astro build`, `pagefind`, `hugo --minify`. */
  stage: string;
  seconds: number;
  /** CPU seconds of the process tree: less sensitive than wall time to other work on the machine. */
  cpuSeconds: number;
  /** Mean 1-minute load average while the stage ran (above nproc: the machine was shared). */
  meanLoad: number;
  /** Peak RSS of the stage's whole process tree, bytes. */
  peakRssBytes: number;
  /** Bytes of the stage's output tree after it ran. */
  outputBytes: number;
  /** Files in the stage's output tree. */
  files: number;
  /** Files the stage created or rewrote (modified since it started). */
  filesWritten: number;
  exitCode: number;
  /** Extra facts, e.g. the pipeline's own stage split or astro's phase times. */
  notes: string[];
}

/** One build of every stage (cold, or the rebuild after one more dump). */
export interface BuildResult {
  /** Papers in the dumps of this build. */
  papers: number;
  dumps: number;
  stages: StageResult[];
  /** Pipeline seconds split as the benchmark reports them (from its `stages:` line). */
  pipelineSplit: Record<string, number>;
}

/** Pass or fail of one target. */
export interface TargetCheck {
  target: string;
  limit: string;
  measured: string;
  /** null when the target does not apply to this run (e.g. no Hugo). */
  pass: boolean | null;
}

/** Everything one `npm run bench` run measured. */
export interface BenchResult {
  papers: number;
  rebuild: boolean;
  /** ISO date-time the run started. */
  date: string;
  /** `git rev-parse HEAD`, with `+dirty` when the work tree had changes. */
  commit: string;
  machine: MachineDescription;
  seed: number;
  generate: { seconds: number; dumps: number; bytes: number };
  cold: BuildResult;
  /** The rebuild after one more dump (with `--rebuild`). */
  rebuilt?: BuildResult;
  /** Hugo and Pagefind over the same papers (when Hugo is installed). */
  hugo?: StageResult[];
  targets: TargetCheck[];
}

/** Stages of our own build (pipeline, astro, views + pagefind + check), not the Hugo baseline. */
export function totalSeconds(stages: readonly StageResult[]): number {
  return stages.reduce((sum, stage) => sum + stage.seconds, 0);
}

/** Stages run one after another, so the build's peak is the largest stage peak. */
export function peakRss(stages: readonly StageResult[]): number {
  return Math.max(0, ...stages.map((stage) => stage.peakRssBytes));
}

const GB = 1e9;

/**
 * Checks a run against issue #5's targets: full build of 10k papers < 60 s and < 3 GB,
 * of 100k < 10 min and < 8 GB (runs up to 10k use the first, larger ones the second);
 * our build ≤ 3× Hugo + Pagefind; rebuild after one dump ≥ 2× faster than cold.
 */
export function checkTargets(result: Omit<BenchResult, 'targets'>): TargetCheck[] {
  const seconds = totalSeconds(result.cold.stages);
  const peak = peakRss(result.cold.stages);
  const [limitSeconds, limitBytes, scale] = result.papers <= 10_000 ? [60, 3 * GB, '10k'] : [600, 8 * GB, '100k'];
  const failed = result.cold.stages.some((stage) => stage.exitCode !== 0);
  const checks: TargetCheck[] = [
    { target: `full build time (${scale} budget)`, limit: `< ${limitSeconds} s`, measured: `${seconds.toFixed(1)} s`, pass: !failed && seconds < limitSeconds },
    { target: `full build peak RSS (${scale} budget)`, limit: `< ${limitBytes / GB} GB`, measured: `${(peak / GB).toFixed(2)} GB`, pass: !failed && peak < limitBytes },
  ];
  if (result.hugo) {
    const hugo = totalSeconds(result.hugo);
    const ratio = seconds / hugo;
    checks.push({ target: 'ours / (Hugo + Pagefind)', limit: '≤ 3×', measured: `${ratio.toFixed(2)}×`, pass: !failed && ratio <= 3 });
  }
  if (result.rebuilt) {
    const speedUp = seconds / totalSeconds(result.rebuilt.stages);
    const rebuildFailed = result.rebuilt.stages.some((stage) => stage.exitCode !== 0);
    checks.push({ target: 'rebuild speed-up vs cold', limit: '≥ 2×', measured: `${speedUp.toFixed(2)}×`, pass: !rebuildFailed && speedUp >= 2 });
  }
  return checks;
}
