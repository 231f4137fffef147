import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { expectedToRender, fileStamp, MIN_ENTRIES_FOR_WORKERS, paperEntriesLoader } from '../../../src/loaders/paper-entries-loader-fs.ts';
import { renderEntryBody } from '../../../src/lib/render-entry-body.ts';

/** Enough entries that the loader renders them on worker threads (it does from 1,000). */
const ENTRIES = 1_300;

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath: string;
  digest: string;
  rendered?: { html: string; metadata?: { bodyDigest?: string; fileStamp?: string } };
}

function entryText(i: number, note = '', abstractNote = ''): string {
  return `---\ntitle: "Paper ${i}${note}"\nslug: paper-${i}\nsource:\n  title: "Paper ${i}"\n---\n\nAbstract of paper ${i}${abstractNote} with $x_${i % 10}$ and *emphasis*.\n`;
}

/** The part of Astro's loader context the loader uses, over a plain Map. */
function loaderContext(root: string, entries: Map<string, StoredEntry>, messages: string[]) {
  return {
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: StoredEntry) => (entries.set(entry.id, entry), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    logger: { info: (message: string) => messages.push(message) },
    config: { root: pathToFileURL(`${root}/`) },
  };
}

describe('paperEntriesLoader', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-loader-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (let i = 0; i < ENTRIES; i++) {
    const folder = path.join(root, 'papers', `topic-${i % 3}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `paper-${i}.mdx`), entryText(i));
  }
  const loader = paperEntriesLoader({ base: 'papers' });
  const entries = new Map<string, StoredEntry>();
  // The loader only calls what the context above provides.
  const load = (messages: string[]) => loader.load(loaderContext(root, entries, messages) as never);

  test('stores every entry with the HTML the unified pipeline renders, starting worker threads when it can', async () => {
    const messages: string[] = [];
    await load(messages);
    expect(entries.size).toBe(ENTRIES);
    for (const i of [0, 1, 127, 128, 999, ENTRIES - 1]) {
      const entry = entries.get(`paper-${i}`)!;
      const expected = renderEntryBody(entryText(i), entry.filePath);
      expect(entry.filePath).toBe(`papers/topic-${i % 3}/paper-${i}.mdx`);
      expect(entry.rendered?.html).toBe(expected.html);
      expect(entry.data).toEqual({ title: `Paper ${i}`, slug: `paper-${i}` });
    }
    const threads = availableParallelism() >= 2 ? ` on ${Math.min(4, availableParallelism())} worker threads` : '';
    expect(messages).toEqual([`${ENTRIES} paper entries, ${ENTRIES} rendered${threads}, 0 with only their frontmatter read again, 0 unchanged`]);
  });

  test('renders nothing again for unchanged files, re-reads a changed frontmatter, forgets a deleted file', async () => {
    writeFileSync(path.join(root, 'papers/topic-1/paper-1.mdx'), entryText(1, ' (revised)'));
    rmSync(path.join(root, 'papers/topic-2/paper-2.mdx'));
    const messages: string[] = [];
    await load(messages);
    expect(messages).toEqual([`${ENTRIES - 1} paper entries, 0 rendered, 1 with only their frontmatter read again, ${ENTRIES - 2} unchanged`]);
    expect(entries.get('paper-1')?.data.title).toBe('Paper 1 (revised)');
    expect(entries.has('paper-2')).toBe(false);
    expect(entries.size).toBe(ENTRIES - 1);
  });

  test('renders a few changed bodies on this thread, without starting workers', async () => {
    // Every other file among the first 400 the loader reads (it reads in path order): a full
    // render window is found early, while the files left would have started workers before
    // the rate they were found at was considered (~650 to render in all, not 1,000).
    const files = readdirSync(path.join(root, 'papers'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mdx'))
      .sort();
    const changed = files.slice(0, 400).filter((_, index) => index % 2 === 0);
    for (const file of changed) {
      const i = Number(path.basename(file, '.mdx').slice('paper-'.length));
      writeFileSync(path.join(root, 'papers', file), entryText(i, i === 1 ? ' (revised)' : '', ' (corrected)'));
    }
    const messages: string[] = [];
    await load(messages);
    expect(messages).toEqual([`${ENTRIES - 1} paper entries, 200 rendered, 0 with only their frontmatter read again, ${ENTRIES - 1 - 200} unchanged`]);
    const first = path.basename(changed[0]!, '.mdx');
    expect(entries.get(first)?.rendered?.html).toContain(`Abstract of ${first.replace('-', ' ')} (corrected)`);
  });

  test('refuses two entries with the same slug, naming the file', async () => {
    writeFileSync(path.join(root, 'papers/topic-2/paper-1.mdx'), entryText(1));
    await expect(load([])).rejects.toThrow(/Cannot load papers\/topic-2\/paper-1\.mdx: expected a unique paper slug, got "paper-1" twice/);
    rmSync(path.join(root, 'papers/topic-2/paper-1.mdx'));
  });
});

describe('paperEntriesLoader with settled files', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-loader-stamps-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const file = (i: number) => path.join(root, 'papers', 'topic', `paper-${i}.mdx`);
  /** Writes an entry dated an hour ago, well past the time a file system's clock tick could hide a change. */
  const writeSettled = (i: number, text: string, date = new Date(Date.now() - 3_600_000)) => {
    writeFileSync(file(i), text);
    utimesSync(file(i), date, date);
  };
  mkdirSync(path.join(root, 'papers', 'topic'), { recursive: true });
  for (let i = 0; i < 20; i++) writeSettled(i, entryText(i));
  const loader = paperEntriesLoader({ base: 'papers' });
  const entries = new Map<string, StoredEntry>();
  const load = (messages: string[]) => loader.load(loaderContext(root, entries, messages) as never);

  test('does not read a file whose size and modification time are those it had when read', async () => {
    await load([]);
    expect(entries.get('paper-3')?.rendered?.metadata?.fileStamp).toMatch(/^\d+:\d+$/);
    // Same size and date, other text: only a read would notice, so what is stored shows none was made.
    const { mtime } = statSync(file(3));
    writeSettled(3, entryText(3).replace('Paper 3', 'Paper X'), mtime);
    const messages: string[] = [];
    await load(messages);
    expect(messages).toEqual(['20 paper entries, 0 rendered, 0 with only their frontmatter read again, 20 unchanged']);
    expect(entries.get('paper-3')?.data.title).toBe('Paper 3');
  });

  test('reads a file again when its date or size changed, and keeps the stamp it has now', async () => {
    writeSettled(3, entryText(3), new Date(Date.now() - 1_800_000));
    writeSettled(4, entryText(4, ' (revised)'));
    const messages: string[] = [];
    await load(messages);
    expect(messages).toEqual(['20 paper entries, 0 rendered, 1 with only their frontmatter read again, 19 unchanged']);
    expect(entries.get('paper-4')?.data.title).toBe('Paper 4 (revised)');
    const stats = statSync(file(3), { bigint: true });
    expect(entries.get('paper-3')?.rendered?.metadata?.fileStamp).toBe(`${stats.size}:${stats.mtimeNs}`);
  });

  test('reads a file moved to another folder (same size and date), and keeps its new path', async () => {
    mkdirSync(path.join(root, 'papers', 'other-topic'), { recursive: true });
    renameSync(file(5), path.join(root, 'papers', 'other-topic', 'paper-5.mdx'));
    const messages: string[] = [];
    await load(messages);
    expect(messages).toEqual(['20 paper entries, 0 rendered, 0 with only their frontmatter read again, 20 unchanged']);
    expect(entries.get('paper-5')?.filePath).toBe('papers/other-topic/paper-5.mdx');
  });
});

describe('fileStamp', () => {
  test('is the size and modification time, or none for a file changed within the last 2 s', () => {
    const now = Date.parse('2026-12-06T00:00:10Z');
    const stats = (mtimeMs: number) => ({ size: 1234n, mtimeMs: BigInt(mtimeMs), mtimeNs: BigInt(mtimeMs) * 1_000_000n + 5n });
    expect(fileStamp(stats(now - 2_000), now)).toBe(`1234:${BigInt(now - 2_000) * 1_000_000n + 5n}`);
    expect(fileStamp(stats(now - 1_999), now)).toBeUndefined();
    expect(fileStamp(stats(now + 5_000), now)).toBeUndefined();
  });
});

describe('expectedToRender', () => {
  test('projects the rate found so far onto the files not read yet', () => {
    expect(expectedToRender(128, 128, 10_300)).toBe(10_300);
    expect(expectedToRender(128, 4_400, 10_300)).toBe(300);
    expect(expectedToRender(128, 10_300, 10_300)).toBe(128);
  });

  test('starts workers for a cold build and not for one new dump', () => {
    expect(expectedToRender(128, 192, 100_000)).toBeGreaterThanOrEqual(MIN_ENTRIES_FOR_WORKERS);
    expect(expectedToRender(128, 4_400, 10_300)).toBeLessThan(MIN_ENTRIES_FOR_WORKERS);
  });
});
