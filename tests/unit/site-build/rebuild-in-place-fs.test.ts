import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_MARKER, listPreviousOutput, markBuildStart, sweepStaleOutput } from '../../../scripts/lib/site/rebuild-in-place-fs.ts';

const folders: string[] = [];
const tempSite = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'atlas-in-place-'));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Writes a file as a previous build would have: dated an hour ago. */
const writeOld = (file: string, text = 'old') => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(file, hourAgo, hourAgo);
};
const listFiles = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();

describe('markBuildStart, listPreviousOutput and sweepStaleOutput', () => {
  it('spare the files the build kept on purpose, old as they are', () => {
    const outDir = path.join(tempSite(), 'dist');
    writeOld(path.join(outDir, 'papers/unchanged/index.html'));
    writeOld(path.join(outDir, 'papers/gone/index.html'));
    const start = markBuildStart(outDir);
    const previous = listPreviousOutput(start);
    const summary = sweepStaleOutput(start, previous, new Set([path.join(outDir, 'papers/unchanged/index.html')]));
    expect(summary).toEqual({ files: 1, folders: 1 });
    expect(listFiles(outDir)).toEqual(['papers', path.join('papers', 'unchanged'), path.join('papers', 'unchanged', 'index.html')]);
  });

  it('keep what the build wrote (new or over an old file) and remove what it did not, with folders left empty', async () => {
    const site = tempSite();
    const outDir = path.join(site, 'dist');
    writeOld(path.join(outDir, 'papers/kept/index.html'));
    writeOld(path.join(outDir, 'papers/gone/index.html'));
    writeOld(path.join(outDir, 'keywords/gone/deep/papers.csv'));
    writeOld(path.join(outDir, 'stale.json'));
    mkdirSync(path.join(outDir, 'empty/folder'), { recursive: true });
    const start = markBuildStart(outDir);
    const previous = listPreviousOutput(start);
    writeFileSync(path.join(outDir, 'papers/kept/index.html'), 'new');
    mkdirSync(path.join(outDir, 'papers/added'));
    writeFileSync(path.join(outDir, 'papers/added/index.html'), 'new');

    expect(sweepStaleOutput(start, previous)).toEqual({ files: 3, folders: 6 });
    expect(listFiles(outDir)).toEqual(['papers', 'papers/added', 'papers/added/index.html', 'papers/kept', 'papers/kept/index.html']);
  });

  it('leave a file that a writer replaced by renaming a folder into place, and skip vanished ones', () => {
    const outDir = path.join(tempSite(), 'dist');
    writeOld(path.join(outDir, 'pagefind/fragment/old.pf_fragment'));
    writeOld(path.join(outDir, 'pagefind/fragment/same.pf_fragment'));
    const start = markBuildStart(outDir);
    const previous = listPreviousOutput(start);
    mkdirSync(path.join(outDir, '.staging/fragment'), { recursive: true });
    writeFileSync(path.join(outDir, '.staging/fragment/same.pf_fragment'), 'new');
    rmSync(path.join(outDir, 'pagefind'), { recursive: true });
    renameSync(path.join(outDir, '.staging'), path.join(outDir, 'pagefind'));
    expect(sweepStaleOutput(start, previous)).toEqual({ files: 0, folders: 0 });
    expect(listFiles(outDir)).toEqual(['pagefind', 'pagefind/fragment', 'pagefind/fragment/same.pf_fragment']);
  });

  it('leave an empty output folder for an empty build, and create it when missing', async () => {
    const outDir = path.join(tempSite(), 'not/there/dist');
    const start = markBuildStart(outDir);
    expect(existsSync(path.join(outDir, BUILD_MARKER))).toBe(true);
    const previous = listPreviousOutput(start);
    expect(previous.files).toEqual([]);
    expect(sweepStaleOutput(start, previous)).toEqual({ files: 0, folders: 0 });
    expect(listFiles(outDir)).toEqual([]);
  });

  it('remove a stale symbolic link without following it', async () => {
    const site = tempSite();
    const outDir = path.join(site, 'dist');
    writeOld(path.join(site, 'outside.txt'), 'not the site');
    const start = markBuildStart(outDir);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The link is made after a first marker, then a second marker makes it stale.
    symlinkSync(path.join(site, 'outside.txt'), path.join(outDir, 'link'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const later = markBuildStart(outDir);
    expect(later.sinceNs).toBeGreaterThan(start.sinceNs);
    expect(sweepStaleOutput(later, listPreviousOutput(later))).toEqual({ files: 1, folders: 0 });
    expect(existsSync(path.join(site, 'outside.txt'))).toBe(true);
    expect(listFiles(outDir)).toEqual([]);
  });
});
