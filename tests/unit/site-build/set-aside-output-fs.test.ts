import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeFolders, setAsidePreviousOutput } from '../../../scripts/lib/site/set-aside-output-fs.ts';

const folders: string[] = [];
const tempParent = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'atlas-aside-'));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('setAsidePreviousOutput', () => {
  it('renames the output folder to a sibling, keeping its files, so the output path is free', async () => {
    const parent = tempParent();
    const outDir = path.join(parent, 'dist');
    mkdirSync(path.join(outDir, 'papers/a'), { recursive: true });
    writeFileSync(path.join(outDir, 'papers/a/index.html'), '<p>old</p>');

    const aside = await setAsidePreviousOutput(outDir);

    expect(existsSync(outDir)).toBe(false);
    expect(aside).toHaveLength(1);
    expect(path.dirname(aside[0]!)).toBe(parent);
    expect(path.basename(aside[0]!)).toMatch(/^dist\.previous-\d+-\d+$/);
    expect(readFileSync(path.join(aside[0]!, 'papers/a/index.html'), 'utf8')).toBe('<p>old</p>');
  });

  it('returns the folders an interrupted build left behind, and nothing else, when there is no output', async () => {
    const parent = tempParent();
    mkdirSync(path.join(parent, 'dist.previous-1-2/x'), { recursive: true });
    mkdirSync(path.join(parent, 'distant'));
    mkdirSync(path.join(parent, 'other.previous-1-2'));

    expect(await setAsidePreviousOutput(path.join(parent, 'dist'))).toEqual([path.join(parent, 'dist.previous-1-2')]);
  });

  it('sets the output aside next to the leftovers, and removeFolders removes them all', async () => {
    const parent = tempParent();
    const outDir = path.join(parent, 'dist');
    mkdirSync(path.join(parent, 'dist.previous-7-8'));
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), 'x');

    const aside = await setAsidePreviousOutput(outDir);
    expect(aside).toHaveLength(2);
    await removeFolders(aside);

    expect(readdirSync(parent)).toEqual([]);
  });

  it('leaves a missing parent folder alone', async () => {
    const parent = tempParent();
    expect(await setAsidePreviousOutput(path.join(parent, 'not/there/dist'))).toEqual([]);
    await expect(removeFolders([path.join(parent, 'not/there')])).resolves.toBeUndefined();
  });
});
