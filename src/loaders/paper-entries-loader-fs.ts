import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { renderEntryBody } from '../lib/render-entry-body.ts';

/** How many entry files are read at once; bounded so 100k entries never exhaust file handles. */
const READ_CONCURRENCY = 64;

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
 * re-rendered on the next build; a deleted file leaves the store.
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
      for (let start = 0; start < files.length; start += READ_CONCURRENCY) {
        const batch = files.slice(start, start + READ_CONCURRENCY);
        const texts = await Promise.all(batch.map((file) => readFile(path.join(root, file), 'utf8')));
        for (const [index, relative] of batch.entries()) {
          const text = texts[index] ?? '';
          const id = path.basename(relative, '.mdx');
          const filePath = path.posix.join(base, relative.split(path.sep).join('/'));
          if (seen.has(id)) {
            throw new Error(`Cannot load ${filePath}: expected a unique paper slug, got "${id}" twice`);
          }
          seen.add(id);
          const digest = generateDigest(text);
          if (store.get(id)?.digest === digest) continue;
          const { frontmatter, html } = renderEntryBody(text, filePath);
          const { source: _unread, ...data } = await parseData({ id, data: frontmatter as Record<string, unknown>, filePath });
          store.set({ id, data, filePath, digest, rendered: { html } });
          rendered += 1;
        }
      }
      for (const id of store.keys()) {
        if (!seen.has(id)) store.delete(id);
      }
      logger.info(`${files.length} paper entries, ${rendered} rendered, ${files.length - rendered} unchanged`);
    },
  };
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
