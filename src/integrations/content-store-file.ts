/**
 * An Astro integration that keeps the content store out of the build's bundle. For `astro build`,
 * Astro loads its store file (`data-store.json` in its cache folder: every paper's data and
 * rendered abstract), parses it once to check it, and makes it into a module holding the whole text
 * as one `JSON.parse("…")` string literal: 26 MB at 10k papers, ~250 MB at 100k. The bundler then
 * parses and writes that module, and the page step compiles it before the first page. Here the
 * module reads and parses the store file itself when the pages load it: nothing is read, parsed,
 * escaped or copied on the way.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's resolved id of the content store module (`astro:data-layer-content`). */
const STORE_MODULE_ID = '\0astro:data-layer-content';
/** The Vite plugin of Astro's that loads the content modules, the store among them. */
const ASTRO_CONTENT_PLUGIN = 'astro-content-virtual-mod-plugin';
/** The file Astro keeps its content store in, in its cache folder (builds; the dev server uses `.astro/`). */
const STORE_FILE = 'data-store.json';

/** The module that stands in for the store: reads the file when the pages import it. */
function storeReadingModule(file: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    '',
  ].join('\n');
}

type LoadHook = NonNullable<Plugin['load']>;
type LoadHandler = Extract<LoadHook, { handler: unknown }>['handler'];

/**
 * Astro's load hook with the store module made by us: Astro's own plugin runs before any plugin an
 * integration adds (both are `enforce: 'pre'`), so its hook is wrapped rather than overtaken.
 */
export function loadingStoreFrom(load: LoadHook, storeFile: string): LoadHook {
  const astroHandler = (typeof load === 'function' ? load : load.handler) as LoadHandler;
  const handler: LoadHandler = function (this: ThisParameterType<LoadHandler>, id, options) {
    // No store file (no content synced): Astro's plugin gives its empty store.
    if (id === STORE_MODULE_ID && existsSync(storeFile)) {
      return { code: storeReadingModule(storeFile), map: { mappings: '' } };
    }
    return astroHandler.call(this, id, options);
  };
  return typeof load === 'function' ? handler : { ...load, handler };
}

/** The integration (builds only; the dev server keeps Astro's own module). */
export function contentStoreFile(): AstroIntegration {
  return {
    name: 'paper-atlas-content-store-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'paper-atlas-content-store-file',
                configResolved(resolved) {
                  const astroPlugin = resolved.plugins.find((plugin) => plugin.name === ASTRO_CONTENT_PLUGIN);
                  if (astroPlugin?.load === undefined) {
                    logger.warn(`${ASTRO_CONTENT_PLUGIN} not found: the content store is bundled`);
                    return;
                  }
                  (astroPlugin as Plugin).load = loadingStoreFrom(astroPlugin.load, storeFile);
                },
              },
            ],
          },
        });
      },
    },
  };
}
