/**
 * An Astro integration that writes the built pages without a thread-pool round trip per call.
 *
 * Astro writes every page with `fs.promises.mkdir(folder, { recursive: true })` and then
 * `fs.promises.writeFile(file, body)`: four hand-offs to libuv's pool per page (mkdir, open, write,
 * close), each waking a pool thread and waiting for it. On this machine (a 2-core VM where a thread
 * wake-up is a costly exit to the hypervisor) that costs more of astro's one busy thread than the
 * writes themselves: in a 100k-paper CPU profile of the page phase, `mkdir`, `openFileHandle`,
 * `writeBuffer` and `close` were 71 s of 320 s, and 10,000 page-sized files took 1.8 CPU s and
 * ~50,000 context switches written that way against 0.6 CPU s and ~300 written synchronously.
 *
 * During the page phase (`astro:build:start` to `astro:build:done`) these two calls, for paths inside
 * the output folder only, are done synchronously and their result handed back as the same promise
 * astro awaits; every other path and every other call goes to Node's own function. The pages'
 * bytes are the same; only the call's timing changes. Astro reaches them through the `promises`
 * object at call time (`nodeFs.promises.writeFile`), which is what is wrapped; modules that
 * imported the functions by name keep the originals.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

type PromisesApi = Pick<typeof fs.promises, 'mkdir' | 'writeFile'>;

/**
 * Wraps `mkdir` and `writeFile` of `api` so that calls on paths inside `outDir` run synchronously.
 *
 * @returns A function that puts the original functions back.
 */
export function writeDirectlyInside(outDir: string, api: PromisesApi = fs.promises, direct = { mkdirSync: fs.mkdirSync, writeFileSync: fs.writeFileSync }): () => void {
  const root = path.resolve(outDir) + path.sep;
  const inside = (target: unknown): target is string | URL => {
    const file = target instanceof URL ? (target.protocol === 'file:' ? fileURLToPath(target) : undefined) : typeof target === 'string' ? path.resolve(target) : undefined;
    return file !== undefined && (file + path.sep).startsWith(root);
  };
  const { mkdir, writeFile } = api;
  const settle = <T>(run: () => T): Promise<T> => {
    try {
      return Promise.resolve(run());
    } catch (error) {
      return Promise.reject(error);
    }
  };
  api.mkdir = ((target: fs.PathLike, options?: fs.MakeDirectoryOptions | fs.Mode | null) =>
    inside(target) ? settle(() => direct.mkdirSync(target, options)) : mkdir(target, options)) as typeof api.mkdir;
  api.writeFile = ((target: Parameters<typeof writeFile>[0], data: Parameters<typeof writeFile>[1], options?: Parameters<typeof writeFile>[2]) =>
    inside(target) && (typeof data === 'string' || ArrayBuffer.isView(data))
      ? settle(() => direct.writeFileSync(target, data, options as fs.WriteFileOptions))
      : writeFile(target, data, options)) as typeof api.writeFile;
  return () => {
    api.mkdir = mkdir;
    api.writeFile = writeFile;
  };
}

/** The integration: active for `astro build`'s page phase. */
export function directPageWrites(): AstroIntegration {
  let outDir: string | undefined;
  let restore: (() => void) | undefined;
  return {
    name: 'paper-atlas-direct-page-writes',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        if (outDir !== undefined) restore = writeDirectlyInside(outDir);
      },
      'astro:build:done': () => {
        restore?.();
        restore = undefined;
      },
    },
  };
}
