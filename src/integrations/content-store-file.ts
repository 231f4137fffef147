/**
 * An Astro integration that keeps the content store out of the build's bundle. For `astro build`,
 * Astro makes its store (every paper's data and rendered abstract) into a module holding it as one
 * `JSON.parse("…")` string literal: 26 MB at 10k papers, ~250 MB at 100k. The bundler then parses
 * and writes that module, and the page step compiles it before the first page (~4 s at 10k even
 * with the literal cut in parts). Here the module's text goes to a file in Astro's cache folder
 * instead, and the bundled module reads and parses it when the pages load it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { jsonParseLiteralText } from '../lib/json-parse-literal.ts';

/** Astro's resolved id of the content store module (`astro:data-layer-content`). */
const STORE_MODULE_ID = '\0astro:data-layer-content';
/** Where the store's text goes, in Astro's cache folder. */
const STORE_FILE = 'paper-atlas/content-store.json';

/** The module that stands in for the store: reads the file when the pages import it. */
function storeReadingModule(file: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    '',
  ].join('\n');
}

/** The integration (builds only; the dev server keeps Astro's own module). */
export function contentStoreFile(): AstroIntegration {
  return {
    name: 'paper-atlas-content-store-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'paper-atlas-content-store-file',
                enforce: 'post',
                transform(code, id) {
                  if (id !== STORE_MODULE_ID) return undefined;
                  const text = jsonParseLiteralText(code);
                  if (text === undefined) return undefined;
                  mkdirSync(path.dirname(storeFile), { recursive: true });
                  writeFileSync(storeFile, text);
                  return { code: storeReadingModule(storeFile), map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
    },
  };
}
