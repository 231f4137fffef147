/**
 * Builds the Pagefind search index of a built site again, from the catalogue in the content
 * folder (`npm run build` does this itself, while astro renders the pages).
 *
 *   node scripts/index-search.ts [--content content] [--site dist] [--part-size 25000]
 *
 * Prints pages indexed, parts, bundle size and time; exits 1 with the reason on any error.
 */
import { buildSearchIndex, DEFAULT_PART_SIZE } from './lib/search/build-search-index-fs.ts';
import { readCatalogueExports } from './lib/site/read-site-catalogue-fs.ts';
import { searchDocuments } from './lib/search/search-documents.ts';
import { parseCommandLine } from './lib/cli/parse-command-line.ts';
import { siteAddressFrom } from '../src/lib/site-address.ts';

const USAGE = 'usage: node scripts/index-search.ts [--content content] [--site dist] [--part-size N]';

async function main(): Promise<number> {
  const command = parseCommandLine(
    {
      content: { type: 'string', default: 'content' },
      site: { type: 'string', default: 'dist' },
      'part-size': { type: 'string', default: String(DEFAULT_PART_SIZE) },
    },
    USAGE,
  );
  if (command.exitCode !== undefined) return command.exitCode;
  const { values } = command;
  const partSize = Number(values['part-size']);
  if (!Number.isInteger(partSize) || partSize < 1) {
    console.error(`--part-size: expected a positive integer, got ${values['part-size']}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  try {
    const exports = await readCatalogueExports(values.content, siteAddressFrom(process.env));
    const summary = await buildSearchIndex({ outDir: values.site, documents: searchDocuments(exports), groups: exports.papers.dumps, partSize, log: (line) => console.log(`search: ${line}`) });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const megabytes = (summary.bytes / 1_048_576).toFixed(1);
    console.log(
      `search: indexed ${summary.pages} pages (${summary.documents} documents) in ${summary.parts} part(s), ${megabytes} MB, ${seconds} s`,
    );
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    if (error instanceof Error && error.cause) console.error(error.cause);
    return 1;
  }
}

process.exitCode = await main();
