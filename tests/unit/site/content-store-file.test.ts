import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { loadingStoreFrom } from '../../../src/integrations/content-store-file.ts';

const STORE_ID = '\0astro:data-layer-content';
const folders: string[] = [];

function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'atlas-store-'));
  folders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A stand-in for Astro's load hook that says which id it was asked for. */
const astroLoad = {
  filter: { id: /astro/ },
  handler: (id: string) => ({ code: `export default ${JSON.stringify(`astro loaded ${id}`)}` }),
};

type Handler = (id: string) => { code: string } | undefined;

function handlerOf(load: ReturnType<typeof loadingStoreFrom>): Handler {
  return (typeof load === 'function' ? load : load.handler) as unknown as Handler;
}

describe('loadingStoreFrom', () => {
  test('the store module reads and parses the store file when it is imported', async () => {
    const folder = tempFolder();
    const storeFile = path.join(folder, 'data-store.json');
    const store = [{ papers: 1 }, 'a "quoted" abstract with \\ and \u2028'];
    writeFileSync(storeFile, JSON.stringify(store));
    const result = handlerOf(loadingStoreFrom(astroLoad, storeFile))(STORE_ID);
    expect(result?.code).not.toContain('quoted');
    const moduleFile = path.join(folder, 'store.mjs');
    writeFileSync(moduleFile, result?.code ?? '');
    const loaded = (await import(pathToFileURL(moduleFile).href)) as { default: unknown };
    expect(loaded.default).toEqual(store);
  });

  test("other modules, and the store when no file was synced, are left to Astro's hook", () => {
    const folder = tempFolder();
    const storeFile = path.join(folder, 'data-store.json');
    const load = loadingStoreFrom(astroLoad, storeFile);
    expect(handlerOf(load)(STORE_ID)?.code).toContain('astro loaded');
    writeFileSync(storeFile, '[]');
    expect(handlerOf(load)('\0astro:content')?.code).toContain('astro loaded \\u0000astro:content');
  });

  test("Astro's hook filter is kept", () => {
    const load = loadingStoreFrom(astroLoad, '/nowhere/data-store.json');
    expect(typeof load === 'object' && load.filter).toBe(astroLoad.filter);
  });
});
