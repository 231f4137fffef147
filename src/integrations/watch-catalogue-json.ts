/**
 * An Astro integration for `astro dev`: when a catalogue file (`<content>/catalogue/*.json`)
 * changes — the pipeline was run again — pages read the catalogue again on their next load.
 *
 * The catalogue files are not content collections (see `src/lib/read-catalogue-json-fs.ts`), so
 * Astro does not watch them, and it keeps every route's `getStaticPaths` result until its content
 * changes. This tells the server what Astro tells it when a collection changes (the
 * `astro:content-changed` event, which clears that cache) and reloads the browser;
 * `loadCatalogue()` then sees the files' new stamp and reads them again. Paper entries are a
 * collection and change with a content sync, as before. Does nothing in `astro build`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirOf } from '../lib/content-dir.ts';
import { CATALOGUE_JSON_FILES } from '../lib/read-catalogue-json-fs.ts';

/** Vite environments that render pages in `astro dev` (Astro's `ssr` and `prerender`). */
const SERVER_ENVIRONMENTS = ['ssr', 'prerender'];
/** Changes this close together are one change (the pipeline swaps in a whole folder). */
const SETTLE_MS = 100;

/** The integration. */
export function watchCatalogueJson(): AstroIntegration {
  let folder = '';
  return {
    name: 'paper-atlas-watch-catalogue-json',
    hooks: {
      'astro:config:done': ({ config }) => {
        folder = path.join(fileURLToPath(new URL(`${contentDirOf(process.env)}/`, config.root)), 'catalogue');
      },
      'astro:server:setup': ({ server, logger }) => {
        const files = CATALOGUE_JSON_FILES.map((name) => path.join(folder, name));
        const watched = [folder, ...files];
        server.watcher.add(watched);
        const changed = new Set<string>();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const notify = () => {
          timer = undefined;
          logger.info(`${[...changed].join(', ')} changed: pages read the catalogue again`);
          changed.clear();
          for (const name of SERVER_ENVIRONMENTS) server.environments[name]?.hot.send('astro:content-changed', {});
          server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
        };
        server.watcher.on('all', (event, file) => {
          const resolved = path.resolve(file);
          if (!watched.includes(resolved)) return;
          // The pipeline replaces the whole folder (renames a staged one into place): watch the new one.
          if (event === 'unlinkDir') server.watcher.add(watched);
          changed.add(path.relative(path.dirname(folder), resolved));
          timer ??= setTimeout(notify, SETTLE_MS);
        });
      },
    },
  };
}
