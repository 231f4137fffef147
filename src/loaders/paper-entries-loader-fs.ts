import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Loader } from 'astro/loaders';
import { entryBody, readEntryFrontmatter, renderEntryBody } from '../lib/render-entry-body.ts';
import type { RenderReply, RenderRequest } from './render-entries-worker-fs.ts';

/** How many entry files are read at once; bounded so 100k entries never exhaust file handles. */
const READ_CONCURRENCY = 64;
/**
 * Entries rendered per round: split across the workers, then validated and stored in file order.
 * Small, because Astro writes the whole store to disk whenever no entry is set for 500 ms: a long
 * wait for the workers there would serialise a 100k-entry store again and again.
 */
const RENDER_WINDOW = 128;
/**
 * Fewer entries than this to render are rendered on the main thread: starting workers costs ~0.3 s
 * of this thread and ~1.4 s of CPU each while they load the renderer, which on two cores is taken
 * from this thread (a rebuild after one 300-paper dump renders 300 of 10,300 entries).
 */
export const MIN_ENTRIES_FOR_WORKERS = 1_000;
/**
 * A file changed less than this long before it was looked at is read again on the next sync
 * even if its size and modification time are the same: a file system keeps modification times
 * to a clock tick (FAT to 2 s), so a same-size rewrite within that tick would look unchanged.
 */
const SETTLE_MS = 2_000;

/** Options of {@link paperEntriesLoader}. */
export interface PaperEntriesLoaderOptions {
  /** Folder of the generated entries, relative to the project root. */
  base: string;
}

/**
 * Loads the generated paper entries (`<base>/<topic>/<slug>.mdx`).
 *
 * Each entry is compiled once through the unified/MDX pipeline
 * ({@link renderEntryBody}) and stored with its rendered HTML and a digest of
 * its text, instead of becoming one bundled module per entry: generated
 * entries never contain ESM, expressions or JSX (the renderer refuses them), so
 * a page only needs their HTML. An unchanged file (same digest) is not
 * re-rendered on the next build; a file whose frontmatter changed but whose
 * body did not (same body digest, kept in the rendered metadata) only has its
 * frontmatter read again — a new dump shifts related-paper scores in most
 * entries but leaves their abstracts as they were. A file at the same path whose size and
 * modification time are those it had when last read ({@link fileStamp}, kept in the rendered
 * metadata) is not read at all: the pipeline rewrites only the entries that changed, and reading and digesting
 * every one of 10,000 unchanged files took ~0.8 s of the rebuild. A deleted file leaves the store.
 *
 * The frontmatter's `source` (the dump's original title and abstract, about a
 * third of an entry) is validated but not stored: no page reads it, and the
 * whole store is serialised after every sync and held in memory by the build.
 */
export function paperEntriesLoader({ base }: PaperEntriesLoaderOptions): Loader {
  return {
    name: 'paper-atlas-entries',
    load: async ({ store, parseData, generateDigest, logger, config }) => {
      const root = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, config.root));
      const files = await listEntryFiles(root);
      const seen = new Set<string>();
      let rendered = 0;
      let pool: RenderPool | undefined;
      let poolDecided = false;
      let reread = 0;
      let pending: (RenderRequest & { id: string; digest: string; bodyDigest: string; stamp: string | undefined })[] = [];
      const storeAll = async (entries: typeof pending, replies: RenderReply[]) => {
        for (const [index, entry] of entries.entries()) {
          const reply = replies[index]!;
          if ('error' in reply) throw new Error(reply.error);
          const { id, filePath, digest, bodyDigest, stamp } = entry;
          const { source: _unread, ...data } = await parseData({ id, data: reply.frontmatter as Record<string, unknown>, filePath });
          store.set({ id, data, filePath, digest, rendered: { html: reply.html, metadata: { bodyDigest, fileStamp: stamp } } });
          rendered += 1;
        }
      };
      // With workers, one window renders while the one before is stored, so neither side waits long.
      // A window's outcome is kept as a value (never a pending rejection) until its turn comes.
      let inFlight: { entries: typeof pending; outcome: Promise<{ replies: RenderReply[] } | { failure: unknown }> } | undefined;
      const storeInFlight = async () => {
        if (!inFlight) return;
        const { entries, outcome } = inFlight;
        inFlight = undefined;
        const result = await outcome;
        if ('failure' in result) throw new Error('Cannot render paper entries: a worker thread failed', { cause: result.failure });
        await storeAll(entries, result.replies);
      };
      const flush = async () => {
        const entries = pending;
        pending = [];
        // Until the workers have loaded the renderer (~1 s), this thread renders: a wait with no
        // entry stored would make Astro write the whole store to disk, as it does after 500 ms.
        // (No window is in flight then: only a ready pool is sent one.)
        if (!pool?.ready) return storeAll(entries, entries.map(renderHere));
        const outcome = pool.render(entries).then(
          (replies) => ({ replies }),
          (failure: unknown) => ({ failure }),
        );
        await storeInFlight();
        inFlight = { entries, outcome };
      };
      try {
        for (let start = 0; start < files.length; start += READ_CONCURRENCY) {
          const batch = files.slice(start, start + READ_CONCURRENCY);
          const now = Date.now();
          const stamps = await Promise.all(batch.map(async (file) => fileStamp(await stat(path.join(root, file), { bigint: true }), now)));
          const ids = batch.map((relative) => path.basename(relative, '.mdx'));
          const filePaths = batch.map((relative) => path.posix.join(base, relative.split(path.sep).join('/')));
          const unread = (index: number) => {
            const stamp = stamps[index];
            const stored = stamp === undefined ? undefined : store.get(ids[index]!);
            return stored?.filePath === filePaths[index] && stored?.rendered?.metadata?.fileStamp === stamp;
          };
          const texts = await Promise.all(batch.map((file, index) => (unread(index) ? undefined : readFile(path.join(root, file), 'utf8'))));
          for (const index of batch.keys()) {
            const id = ids[index]!;
            const filePath = filePaths[index]!;
            if (seen.has(id)) {
              throw new Error(`Cannot load ${filePath}: expected a unique paper slug, got "${id}" twice`);
            }
            seen.add(id);
            const text = texts[index];
            if (text === undefined) continue;
            const stamp = stamps[index];
            const digest = generateDigest(text);
            const stored = store.get(id);
            if (stored?.digest === digest) {
              // Same text at a new stamp (e.g. a fresh checkout) or path (moved): kept as it is, under the stamp and path it has now.
              if (stored.rendered && (stored.rendered.metadata?.fileStamp !== stamp || stored.filePath !== filePath)) {
                store.delete(id);
                store.set({ ...stored, filePath, rendered: { ...stored.rendered, metadata: { ...stored.rendered.metadata, fileStamp: stamp } } });
              }
              continue;
            }
            const bodyDigest = generateDigest(entryBody(text));
            if (stored?.rendered && stored.rendered.metadata?.bodyDigest === bodyDigest) {
              const frontmatter = readEntryFrontmatter(text, filePath) as Record<string, unknown>;
              const { source: _unread, ...data } = await parseData({ id, data: frontmatter, filePath });
              store.set({ id, data, filePath, digest, rendered: { ...stored.rendered, metadata: { ...stored.rendered.metadata, fileStamp: stamp } } });
              reread += 1;
              continue;
            }
            pending.push({ id, text, filePath, digest, bodyDigest, stamp });
          }
          if (pending.length >= RENDER_WINDOW) {
            // Workers pay off only when there is much to render; decided once, on the first full window.
            if (!poolDecided) {
              const expected = expectedToRender(pending.length, start + batch.length, files.length);
              pool = expected >= MIN_ENTRIES_FOR_WORKERS ? startRenderPool() : undefined;
            }
            poolDecided = true;
            await flush();
          }
        }
        await flush();
        await storeInFlight();
      } finally {
        await pool?.close();
      }
      for (const id of store.keys()) {
        if (!seen.has(id)) store.delete(id);
      }
      logger.info(
        `${files.length} paper entries, ${rendered} rendered${pool ? ` on ${pool.size} worker threads` : ''}, ` +
          `${reread} with only their frontmatter read again, ${files.length - rendered - reread} unchanged`,
      );
    },
  };
}

/**
 * How many entries a sync will render in all, judged from the first files read: those found
 * to render so far, and the rest of the files at the same rate. A cold build renders every
 * entry; a rebuild after one dump renders a few percent of them, spread over all topics.
 *
 * @param toRender Entries found to render among the first `read` files.
 * @param read Files read so far (at least one).
 * @param total Entry files in all.
 */
export function expectedToRender(toRender: number, read: number, total: number): number {
  return Math.round(toRender + ((total - read) * toRender) / Math.max(1, read));
}

/**
 * What a file's size and modification time say of its content, or `undefined` when it changed
 * too recently (within {@link SETTLE_MS} of `now`) for them to say it reliably.
 */
export function fileStamp({ size, mtimeNs, mtimeMs }: Pick<BigIntStats, 'size' | 'mtimeNs' | 'mtimeMs'>, now: number): string | undefined {
  return now - Number(mtimeMs) < SETTLE_MS ? undefined : `${size}:${mtimeNs}`;
}

async function listEntryFiles(root: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(root, { recursive: true });
  } catch (error) {
    throw new Error(`Cannot list paper entries: expected a folder at ${root}; run \`npm run pipeline\` first`, {
      cause: error,
    });
  }
  return names.filter((name) => name.endsWith('.mdx')).sort();
}

function renderHere({ text, filePath }: RenderRequest): RenderReply {
  const { frontmatter, html } = renderEntryBody(text, filePath);
  return { frontmatter, html };
}

/** Worker threads that render entries; results come back in the order asked. */
interface RenderPool {
  size: number;
  /** Whether every worker has loaded the renderer (a window sent earlier would wait for that). */
  readonly ready: boolean;
  render(entries: readonly RenderRequest[]): Promise<RenderReply[]>;
  close(): Promise<void>;
}

/**
 * One worker per core (at most 4), or none (`undefined`: render on the main thread) when
 * there is a single core or the worker module is not a plain file next to this one, as
 * when a bundler has moved this loader.
 */
function startRenderPool(): RenderPool | undefined {
  const size = Math.min(4, availableParallelism());
  const script = new URL('./render-entries-worker-fs.ts', import.meta.url);
  if (size < 2 || script.protocol !== 'file:' || !existsSync(fileURLToPath(script))) return undefined;
  const workers = Array.from({ length: size }, () => new Worker(script));
  let loaded = 0;
  for (const worker of workers) {
    const onReady = (message: { ready?: boolean }) => {
      if (message.ready !== true) return;
      loaded += 1;
      worker.off('message', onReady);
    };
    worker.on('message', onReady);
  }
  let nextId = 0;
  const ask = (worker: Worker, entries: readonly RenderRequest[]) =>
    new Promise<RenderReply[]>((resolve, reject) => {
      const id = nextId++;
      const onMessage = (message: { id: number; replies: RenderReply[] }) => {
        if (message.id !== id) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(message.replies);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.postMessage({ id, entries: entries.map(({ text, filePath }) => ({ text, filePath })) });
    });
  return {
    size,
    get ready() {
      return loaded === size;
    },
    async render(entries) {
      const share = Math.ceil(entries.length / size);
      const parts = await Promise.all(workers.map((worker, i) => ask(worker, entries.slice(i * share, (i + 1) * share))));
      return parts.flat();
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
