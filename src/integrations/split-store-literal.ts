/**
 * An Astro integration that bundles the content store as many small string literals instead of
 * one (see `splitJsonParseLiteral`): the prerender step imports the store module on every
 * build, and at 10k papers compiling it as one 26 MB literal cost ~4.4 s of a one-core phase.
 */
import type { AstroIntegration } from 'astro';
import { splitJsonParseLiteral } from '../lib/split-string-literal.ts';

/** Astro's resolved id of the content store module (`astro:data-layer-content`). */
const STORE_MODULE_ID = '\0astro:data-layer-content';
/** Characters per literal: compile time is flat from 64 KiB to 1 MiB parts. */
const PART_CHARS = 1 << 20;

/** The integration. */
export function splitStoreLiteral(): AstroIntegration {
  return {
    name: 'paper-atlas-split-store-literal',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'paper-atlas-split-store-literal',
                enforce: 'post',
                transform(code, id) {
                  if (id !== STORE_MODULE_ID) return undefined;
                  const split = splitJsonParseLiteral(code, PART_CHARS);
                  return split === undefined ? undefined : { code: split, map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
    },
  };
}
