import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** Options of {@link measureProcess}. */
export interface MeasureProcessOptions {
  /** Executable, e.g. `process.execPath`. */
  command: string;
  args: readonly string[];
  cwd: string;
  /** Added to the current environment. */
  env?: Record<string, string>;
  /** Everything the process prints is appended here (the report quotes only the tail). */
  logFile: string;
  /** Milliseconds between two looks at the process tree. */
  pollMs?: number;
}

/** What one measured process did. */
export interface ProcessMeasurement {
  /** Wall time from spawn to exit, in seconds. */
  seconds: number;
  /** Peak resident memory of the whole process tree, in bytes (see {@link measureProcess}). */
  peakRssBytes: number;
  /** Most processes seen alive at once in the tree. */
  peakProcesses: number;
  /** When the tree's summed RSS peaked (seconds after spawn) and what each process held then, largest first. */
  peakBreakdown: { seconds: number; processes: { name: string; rssBytes: number }[] };
  /** CPU seconds (user + system) of the tree's processes, as last sampled (short-lived children may be missed). */
  cpuSeconds: number;
  /** Mean 1-minute load average of the machine while it ran: above the core count, other work competed for the CPU. */
  meanLoad: number;
  exitCode: number;
  /** stdout and stderr, interleaved. */
  output: string;
}

/**
 * Runs a command and measures its wall time and the peak RSS of its whole process tree.
 *
 * Memory method: every `pollMs` (default 50 ms) the tree under the child is found through
 * `/proc/<pid>/stat` (parent ids) and two numbers are updated: the largest *sum* of `VmRSS`
 * over the tree seen so far (what the machine had to hold at once: catches workers running
 * side by side), and the largest single-process `VmHWM` (the kernel's exact peak of each
 * process, which catches spikes between two samples). The reported peak is the larger of the
 * two. `/usr/bin/time -f %M` was not used because it reports only the largest single
 * process, not the tree. Linux only.
 */
export function measureProcess(options: MeasureProcessOptions): Promise<ProcessMeasurement> {
  const pollMs = options.pollMs ?? 50;
  const log = createWriteStream(options.logFile, { flags: 'a' });
  log.write(`$ ${options.command} ${options.args.join(' ')}\n`);
  const started = performance.now();
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  const collect = (chunk: Buffer): void => {
    chunks.push(chunk.toString('utf8'));
    log.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peakSum = 0;
  let peakSingle = 0;
  let peakProcesses = 0;
  let peakBreakdown: ProcessMeasurement['peakBreakdown'] = { seconds: 0, processes: [] };
  const cpuTicks = new Map<number, number>();
  let loadSum = 0;
  let loadSamples = 0;
  const sample = (): void => {
    if (child.pid === undefined) return;
    loadSum += os.loadavg()[0] ?? 0;
    loadSamples += 1;
    const tree = processTree(child.pid, cpuTicks);
    let sum = 0;
    const held: { pid: number; rssBytes: number }[] = [];
    for (const pid of tree) {
      const status = readStatus(pid);
      if (!status) continue;
      sum += status.rss;
      held.push({ pid, rssBytes: status.rss });
      peakSingle = Math.max(peakSingle, status.hwm);
    }
    if (sum > peakSum) {
      peakSum = sum;
      peakBreakdown = {
        seconds: (performance.now() - started) / 1000,
        processes: held.map(({ pid, rssBytes }) => ({ name: processName(pid), rssBytes })).sort((a, b) => b.rssBytes - a.rssBytes),
      };
    }
    peakProcesses = Math.max(peakProcesses, tree.length);
  };
  const timer = setInterval(sample, pollMs);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      log.end();
      reject(new Error(`Cannot run ${options.command} ${options.args.join(' ')}`, { cause: error }));
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      log.end(`\n[exit ${code ?? signal} after ${seconds.toFixed(2)} s]\n`);
      resolve({
        seconds,
        peakRssBytes: Math.max(peakSum, peakSingle),
        peakProcesses,
        peakBreakdown,
        cpuSeconds: [...cpuTicks.values()].reduce((a, b) => a + b, 0) / CLOCK_TICKS,
        meanLoad: loadSamples > 0 ? loadSum / loadSamples : os.loadavg()[0] ?? 0,
        exitCode: code ?? 1,
        output: chunks.join(''),
      });
    });
  });
}

/** `USER_HZ`: the unit of utime/stime in /proc/<pid>/stat; 100 on every Linux we run on. */
const CLOCK_TICKS = 100;

/** The pid and all its descendants that are alive now; records each one's utime + stime in `cpuTicks`. */
function processTree(root: number, cpuTicks: Map<number, number>): number[] {
  const ticks = new Map<number, number>();
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readText(`/proc/${entry}/stat`);
    if (!stat) continue;
    // Field 4 (ppid) follows the parenthesised command name, which may itself hold spaces or ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    // Fields 14 and 15 (utime, stime) are at 11 and 12 after the name.
    ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
  for (const pid of tree) cpuTicks.set(pid, ticks.get(pid) ?? cpuTicks.get(pid) ?? 0);
  return tree;
}

/**
 * A short name for a process: its program and, for an interpreter, the script it runs
 * (`node build-site.ts`, `node astro.mjs`, `pagefind_extended`).
 */
function processName(pid: number): string {
  const argv = (readText(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean);
  const base = (arg: string) => arg.slice(arg.lastIndexOf('/') + 1);
  if (argv.length === 0) return `pid ${pid}`;
  const script = argv.slice(1).find((arg) => !arg.startsWith('-'));
  return script && /^(node|bun|deno)$/.test(base(argv[0]!)) ? `${base(argv[0]!)} ${base(script)}` : base(argv[0]!);
}

/** `VmRSS` and `VmHWM` of a process in bytes, or null when it has exited. */
function readStatus(pid: number): { rss: number; hwm: number } | null {
  const status = readText(`/proc/${pid}/status`);
  if (!status) return null;
  const kib = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kib('VmRSS') * 1024, hwm: kib('VmHWM') * 1024 };
}

/** A /proc file, or null when the process exited while we looked (a race, not an error). */
function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
