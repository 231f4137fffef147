import { readFileSync } from 'node:fs';
import os from 'node:os';

/** The machine a benchmark ran on. */
export interface MachineDescription {
  cpuModel: string;
  nproc: number;
  memoryBytes: number;
  node: string;
  platform: string;
}

/** Describes this machine from /proc/cpuinfo and Node's `os` module. */
export function describeMachine(): MachineDescription {
  let cpuModel = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpuModel;
  } catch (error) {
    // No /proc (not Linux): keep what `os.cpus()` said; the benchmark's memory sampling will refuse anyway.
    cpuModel = `${cpuModel} (${(error as Error).message})`;
  }
  return {
    cpuModel,
    nproc: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}
