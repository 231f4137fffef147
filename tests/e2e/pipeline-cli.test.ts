import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site-fs.ts';

const DEFAULT_DUMPS = path.join(PROJECT_ROOT, 'content/dumps');

function pipeline(...args: string[]): { status: number; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build-content.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return [path.relative(dir, file), readFileSync(file, 'utf8')];
  }));
}

describe('npm run pipeline on the default dumps', () => {
  const site = buildSite({
    name: 'pipeline-cli',
    pipelineOnly: true,
    dumpFiles: readdirSync(DEFAULT_DUMPS).map((name) => path.join(DEFAULT_DUMPS, name)),
  });

  test('prints the per-dump summary and topic quality, and exits 0', () => {
    expect(site.pipelineStatus, site.pipelineOutput).toBe(0);
    expect(site.pipelineOutput).toMatch(/^total\s+511\s+485\s+26\s+0$/m);
    expect(site.pipelineOutput).toMatch(/\d+ topics, mean NPMI -?\d\.\d{3}, diversity \d\.\d{3}/);
    expect(site.pipelineOutput).toMatch(/^485 papers, /m);
  });

  test('a second run with the same dumps rewrites nothing', () => {
    const before = snapshot(site.contentDir);
    const again = pipeline('--content', site.contentDir);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toMatch(/wrote 0 files, \d+ unchanged, 0 removed/);
    expect(snapshot(site.contentDir)).toEqual(before);
  });

  test('the committed content/ is what the pipeline makes of the committed dumps', () => {
    const check = pipeline('--dry-run', '--quiet');
    expect(check.status, check.output).toBe(0);
    expect(check.output, 'run `npm run pipeline` and commit content/').toMatch(/would write 0 files, \d+ unchanged, 0 removed/);
  });

  test('--help explains the command', () => {
    const help = pipeline('--help');
    expect(help.status).toBe(0);
    expect(help.output).toMatch(/Usage: npm run pipeline/);
    expect(help.output).toMatch(/--dry-run/);
  });
});
