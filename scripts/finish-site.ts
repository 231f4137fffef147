/**
 * `node scripts/finish-site.ts [--site dist] [--content content]` — what follows `astro build`:
 * writes the topic and keyword view files (CSV, JSON Lines, Atom) and builds the Pagefind
 * index, both from the site's own /papers.json and /topics.json and at the same time (Pagefind
 * works in its own process), then checks that no paper was lost (scripts/check-site.ts).
 * Prints one line per step; exits 1 with the reason when a step fails or the check finds a loss.
 *
 * The site's address comes from SITE_URL and BASE_PATH, as in astro.config.mjs.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from './lib/search/build-search-index-fs.ts';
import { writeViewFiles } from './lib/views/write-view-files-fs.ts';
import { siteAddressFrom } from '../src/lib/site-address.ts';

const USAGE = 'usage: node scripts/finish-site.ts [--site dist] [--content content]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        site: { type: 'string', default: 'dist' },
        content: { type: 'string', default: 'content' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  try {
    await Promise.all([
      writeViewFiles(values.site, siteAddressFrom(process.env)).then((views) =>
        console.log(`views: wrote ${views.files} files, ${(views.bytes / 1_048_576).toFixed(1)} MB, ${seconds()} s`),
      ),
      buildSearchIndex({ siteDir: values.site, log: (line) => console.log(`search: ${line}`) }).then((search) =>
        console.log(
          `search: indexed ${search.pages} pages (${search.papers} papers, ${search.topics} topics) in ${search.parts} part(s), ` +
            `${(search.bytes / 1_048_576).toFixed(1)} MB, ${seconds()} s`,
        ),
      ),
    ]);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    if (error instanceof Error && error.cause) console.error(error.cause);
    return 1;
  }
  // The check stays its own CLI (and process) so it reads the finished site as a reader would.
  const check = spawnSync(process.execPath, [path.join(import.meta.dirname, 'check-site.ts'), '--site', values.site, '--content', values.content], {
    stdio: 'inherit',
  });
  return check.status ?? 1;
}

process.exitCode = await main();
