import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Project root (the folder holding package.json). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** A site built by {@link buildSite} in its own folder under `tests/.tmp/`. */
export interface BuiltSite {
  /** Working folder of this build. */
  root: string;
  /** Its content folder (dumps in, generated entries out). */
  contentDir: string;
  /** Its static output. */
  distDir: string;
  /** What the pipeline printed. */
  pipelineOutput: string;
  /** Exit code of the pipeline. */
  pipelineStatus: number;
}

/** Options of {@link buildSite}. */
export interface BuildSiteOptions {
  /** Name of the working folder under `tests/.tmp/`. */
  name: string;
  /** Dump files to copy in (absolute paths). */
  dumpFiles?: string[];
  /** Dumps to write, by file name. */
  dumps?: Record<string, string | Uint8Array>;
  /** `BASE_PATH` of the build (default `/`). */
  basePath?: string;
  /** Skip `astro build` and Pagefind (pipeline only). */
  pipelineOnly?: boolean;
}

/**
 * Runs the real pipeline and `scripts/build-site.ts` (astro build, view files, Pagefind, check) on a catalogue of
 * its own, exactly as `npm run build` does, without touching the project's `content/`.
 */
export function buildSite(options: BuildSiteOptions): BuiltSite {
  const root = path.join(PROJECT_ROOT, 'tests/.tmp', options.name);
  const contentDir = path.join(root, 'content');
  const distDir = path.join(root, 'dist');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(contentDir, 'dumps'), { recursive: true });
  for (const file of options.dumpFiles ?? []) cpSync(file, path.join(contentDir, 'dumps', path.basename(file)));
  for (const [name, text] of Object.entries(options.dumps ?? {})) writeFileSync(path.join(contentDir, 'dumps', name), text);

  const pipeline = runNode(['scripts/build-content.ts', '--content', contentDir], {});
  const site: BuiltSite = { root, contentDir, distDir, pipelineOutput: pipeline.output, pipelineStatus: pipeline.status };
  if (options.pipelineOnly || pipeline.status !== 0) return site;

  const env = {
    ATLAS_CONTENT_DIR: path.relative(PROJECT_ROOT, contentDir),
    ATLAS_CACHE_DIR: path.join(root, 'cache'),
    BASE_PATH: options.basePath ?? '/',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const build = runNode(['scripts/build-site.ts', '--content', contentDir, '--out-dir', distDir], env);
  if (build.status !== 0) throw new Error(`Cannot build test site ${options.name}\n${build.output}`);
  return site;
}

/**
 * Variables Vitest puts into `process.env` for its own `import.meta.env` (`BASE_URL=/`, `MODE=test`,
 * `NODE_ENV=test`…). Inherited by a child `astro build`, they override the configured base.
 */
const VITEST_ENV = /^(VITEST.*|NODE_ENV|TEST|MODE|BASE_URL|DEV|PROD|SSR)$/;

/**
 * Runs `node <args>` in the project root with Vitest's own variables removed, as a shell would.
 *
 * @param args Script and arguments.
 * @param env Variables to add.
 */
export function runNode(args: string[], env: Record<string, string>): { status: number; output: string } {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name)));
  const result = spawnSync(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { ...inherited, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw new Error(`Cannot run node ${args.join(' ')}`, { cause: result.error });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}
