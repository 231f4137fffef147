/**
 * An Astro integration for `scripts/build-site.ts`, which runs `astro build` as a child process
 * with an IPC channel and `ATLAS_BUILD_PROGRESS=1`; anywhere else it does nothing.
 *
 * - It tells the parent when the content sync is done (`astro:build:start` runs right after it),
 *   so the parent starts its own work on the second core then, without reading astro's log.
 * - It keeps the page phase quiet: Astro logs one line per generated file (19k lines at 10k papers,
 *   135k at 100k), and writing them was 5 % of the page phase in a CPU profile. The integration's
 *   logger shares its options with the build's logger, so raising its level to `warn` for the page
 *   phase hides those lines and nothing else (warnings and errors still show); the level is set back
 *   when the pages are done, so Astro's closing summary shows. The parent prints the page count.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** Messages sent to the parent process. */
export type BuildProgressMessage = { type: 'content-synced' } | { type: 'pages-built'; pages: number };

/** The integration; inert unless the process has an IPC channel and `ATLAS_BUILD_PROGRESS=1`. */
export function buildProgress(): AstroIntegration {
  const send = (message: BuildProgressMessage) => process.send?.(message);
  const active = () => process.env.ATLAS_BUILD_PROGRESS === '1' && typeof process.send === 'function';
  let level: AstroIntegrationLogger['options']['level'] | undefined;
  return {
    name: 'paper-atlas-build-progress',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!active()) return;
        send({ type: 'content-synced' });
        level = logger.options.level;
        if (level === 'info') logger.options.level = 'warn';
      },
      'astro:build:done': ({ logger, pages }) => {
        if (!active()) return;
        if (level !== undefined) logger.options.level = level;
        send({ type: 'pages-built', pages: pages.length });
      },
    },
  };
}
