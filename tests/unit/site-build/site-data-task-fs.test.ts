import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runSiteDataTask } from '../../../scripts/lib/site/site-data-task-fs.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('runSiteDataTask', () => {
  it('rejects both the hand-over and the result, naming the content folder, when the content cannot be read', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'atlas-task-'));
    folders.push(outDir);
    const contentDir = path.join(outDir, 'no-content-here');
    const task = runSiteDataTask({ contentDir, outDir, address: { site: 'https://example.org', base: '/' }, startedAt: Date.now() });

    await expect(task.searchInput).rejects.toThrow(/no-content-here/);
    await expect(task.written).rejects.toThrow(/no-content-here/);
  });
});
