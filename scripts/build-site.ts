/**
 * `node scripts/build-site.ts [--content content] [--out-dir dist]` — builds the site from the
 * pipeline's content: `astro build` renders the pages while this process, at the same time,
 * reads the published catalogue from the content (on a worker thread) and writes the site's data files (exports,
 * feeds, downloads, sitemap, find-similar index; src/lib/site-data-files.ts) and the Pagefind
 * index into the same output folder; when both are done the loss check runs (every paper has a
 * page, a search entry and a papers.json row). On two cores the page rendering and the rest overlap.
 *
 * The site is built in place: every file is written over its previous version, and files the
 * build did not write again are removed afterwards (site/rebuild-in-place-fs.ts), so astro is told
 * not to empty the folder (it would, file by file, and take the data files written meanwhile with
 * it).
 *
 * The site's address comes from SITE_URL and BASE_PATH, as in astro.config.mjs. Exits 1 when a
 * step fails or the check finds a loss, 2 on bad usage.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { checkSite, type CataloguePaper } from './lib/check/check-site.ts';
import type { BuiltSiteContents } from './lib/check/check-site.ts';
import { readPaperPages, readRedirectedPaperSlugs } from './lib/check/read-site-fs.ts';
import { readSearchEntries } from './lib/check/read-search-entries-fs.ts';
import { knownSearchEntries, recordSearchEntries } from './lib/check/search-entries-record-fs.ts';
import { formatDiagnostic } from './lib/report/format-diagnostic.ts';
import { buildSearchIndex } from './lib/search/build-search-index-fs.ts';
import { listPreviousOutput, markBuildStart, sweepStaleOutput, type BuildStart, type PreviousOutput, type SweepSummary } from './lib/site/rebuild-in-place-fs.ts';
import { keepOutputDigests, prepareOutputDigests, recordedOutput, renderSalt, type OutputDigestFolders, type RecordedOutput } from './lib/site/output-digests-fs.ts';
import { readOutputDigests, writeOutputDigests } from '../src/lib/output-digests-fs.ts';
import { codeDigest } from './lib/cache/code-digest-fs.ts';
import { runSiteDataTask } from './lib/site/site-data-task-fs.ts';
import { runInWorkerAsync } from './lib/parallel/sync-worker.ts';
import { parseCommandLine } from './lib/cli/parse-command-line.ts';
import type { BuildProgressMessage } from '../src/integrations/build-progress.ts';
import { siteAddressFrom } from '../src/lib/site-address.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Astro's content store in its cache folder. */
const ASTRO_STORE_FILE = 'data-store.json';
/** Name of the search bundles' record among the output digests. */
const SEARCH_WRITER = 'search';
const USAGE = 'usage: node scripts/build-site.ts [--content content] [--out-dir dist]';

async function main(): Promise<number> {
  const command = parseCommandLine(
    {
      content: { type: 'string', default: process.env.ATLAS_CONTENT_DIR || 'content' },
      'out-dir': { type: 'string', default: 'dist' },
    },
    USAGE,
  );
  if (command.exitCode !== undefined) return command.exitCode;
  const { values } = command;
  const contentDir = path.resolve(values.content);
  const outDir = path.resolve(values['out-dir']);
  const address = siteAddressFrom(process.env);
  const startedAt = Date.now();
  const seconds = () => ((Date.now() - startedAt) / 1000).toFixed(1);

  // Built in place over the previous site: deleting it first (or beside the build) made every new
  // file slow to create on this disk; see site/rebuild-in-place-fs.ts.
  let buildStart: BuildStart;
  try {
    buildStart = markBuildStart(outDir);
  } catch (error) {
    console.error(`Cannot build the site into ${outDir}: ${messageOf(error)}`);
    return 1;
  }

  // Output that did not change since the last successful build into this folder is kept as it is
  // (pages, data files, search bundles); the digests that tell which live in astro's cache folder.
  // As astro resolves its `cacheDir` (astro.config.mjs): against the project root.
  const astroCacheDir = path.resolve(ROOT, process.env.ATLAS_CACHE_DIR || 'node_modules/.astro');
  let digests: OutputDigestFolders;
  try {
    digests = prepareOutputDigests(astroCacheDir, outDir);
  } catch (error) {
    console.error(`Cannot prepare the output digests of ${outDir}: ${messageOf(error)}`);
    return 1;
  }
  const salt = renderSalt(ROOT, address);
  const build = runAstroBuild(contentDir, outDir, {
    ATLAS_OUTPUT_PREVIOUS: digests.previous,
    ATLAS_OUTPUT_NEXT: digests.next,
    ATLAS_RENDER_SALT: salt,
    ATLAS_OUT_DIR: outDir,
  });
  // Listed while astro starts up; only these files can be left over at the end.
  let previousOutput: PreviousOutput;
  try {
    previousOutput = listPreviousOutput(buildStart);
  } catch (error) {
    build.stop();
    console.error(`Cannot list what the previous build left in ${outDir}: ${messageOf(error)}`);
    return 1;
  }
  void build.pages.then((pages) => {
    if (pages !== undefined) console.log(`site: astro built ${pages} pages at ${seconds()} s`);
  });
  const astro = build.exit.then((code) => {
    console.log(`site: astro build finished at ${seconds()} s`);
    return code;
  });
  type Indexed = Pick<BuiltSiteContents, 'searchEntries' | 'exportRows'>;
  const extras = (async (): Promise<{ papers: CataloguePaper[]; indexed: Indexed }> => {
    // Astro's content sync renders entries on both cores; the page phase after it uses one.
    // Starting after the sync keeps the two from slowing each other down.
    await build.contentSynced;
    console.log(`site: content synced at ${seconds()} s; writing data files and search index`);
    // On a worker thread, so the memory of the catalogue and its files is freed when it is done.
    // Indexing starts as soon as the documents are handed over: while the data files are written,
    // or for a large catalogue after it (INDEX_WHILE_WRITING_MAX_PAPERS).
    // The papers are read from the content store astro has just synced (its cache folder).
    const storeFile = path.join(astroCacheDir, ASTRO_STORE_FILE);
    const task = runSiteDataTask({ contentDir, storeFile, outDir, address, startedAt, digests });
    const { papers, documents, groups } = await task.searchInput;
    // Bundles depend on the documents (their digest), the code that makes them and Pagefind's version.
    const searchSalt = `${salt}\0${codeDigest(ROOT, ['scripts/lib/search'])}`;
    // What the site check reads from the search index and papers.json is read as soon as it is
    // final, beside the pages and the next search part, not after everything: at 100k papers that
    // was ~14 s at the end of the build. Each on a worker thread, beside the indexing: a search part
    // when Pagefind has written it, papers.json (~300 MB at 100k) once the data worker has ended and
    // freed its heap.
    const exportRows = task.written.then(() =>
      runInWorkerAsync<string[]>(new URL('./lib/check/read-export-rows-fs.ts', import.meta.url), 'readExportRows', outDir),
    );
    const readBundle = (bundleDir: string) =>
      runInWorkerAsync<string[]>(new URL('./lib/check/read-search-entries-fs.ts', import.meta.url), 'readBundleSlugs', bundleDir);
    const readEarly = new Map<string, readonly string[]>();
    const [search, , rows] = await Promise.all([
      buildSearchIndex({
        outDir,
        documents,
        groups,
        previous: { digests: readOutputDigests(digests.previous, SEARCH_WRITER), salt: searchSalt },
        log: (line) => console.log(`search: ${line}`),
        onPartWritten: async (folder, bundleDir) => readEarly.set(folder, await readBundle(bundleDir)),
      }),
      task.written,
      exportRows,
    ]);
    writeOutputDigests(digests.next, SEARCH_WRITER, { digests: search.digests, written: search.indexed });
    console.log(
      `search: indexed ${search.pages} pages (${search.documents} documents) in ${search.indexed} of ${search.parts} part(s), ` +
        `${(search.bytes / 1_048_576).toFixed(1)} MB, done at ${seconds()} s`,
    );
    // Bundles of parts kept from the last build hold what its check read from them.
    const bundles = readSearchEntries(outDir, new Map([...knownSearchEntries(digests.previous, search.digests), ...readEarly]));
    recordSearchEntries(digests.next, search.digests, bundles);
    const indexed: Indexed = { searchEntries: [...bundles.values()].flat(), exportRows: rows };
    return { papers, indexed };
  })();
  const [astroCode, extrasResult] = await Promise.allSettled([astro, extras]);
  if (extrasResult.status === 'rejected') {
    const error = extrasResult.reason;
    console.error(`Cannot build the data files and search index: ${messageOf(error)}`);
    if (error instanceof Error && error.cause) console.error(error.cause);
    return 1;
  }
  if (astroCode.status === 'rejected' || astroCode.value !== 0) {
    console.error('Cannot build the site: astro build failed (its output is above)');
    return 1;
  }

  let swept: SweepSummary;
  let recorded: RecordedOutput;
  try {
    recorded = recordedOutput(digests, outDir);
    swept = sweepStaleOutput(buildStart, previousOutput, recorded.files);
  } catch (error) {
    console.error(`Cannot remove what the previous build left in ${outDir}: ${messageOf(error)}`);
    return 1;
  }
  const kept = [...recorded.kept].filter(([, count]) => count > 0).map(([writer, count]) => `${count} ${writer}`);
  if (kept.length > 0) console.log(`site: kept from the last build as they were: ${kept.join(', ')}`);
  if (swept.files > 0) console.log(`site: removed ${swept.files} file(s) the previous build left and this one did not write (${seconds()} s)`);

  // The papers of the content entries, as read for the exports above.
  const { papers, indexed } = extrasResult.value;
  const site = { pages: readPaperPages(outDir), ...indexed };
  const diagnostics = checkSite(papers, site, readRedirectedPaperSlugs(contentDir));
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
  console.log(
    `site check: ${papers.length} papers; ${site.pages.length} pages, ${site.searchEntries.length} search entries, ` +
      `${site.exportRows.length} papers.json rows${diagnostics.length > 0 ? ` — ${diagnostics.length} error(s)` : ', all consistent'} (${seconds()} s)`,
  );
  if (diagnostics.length > 0) return 1;
  try {
    keepOutputDigests(digests);
  } catch (error) {
    console.error(`Cannot keep the output digests for the next build: ${messageOf(error)} (it writes everything again)`);
  }
  return 0;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * `astro build` in a child process, its output passed through. `exit` resolves to its exit code;
 * `contentSynced` when the build-progress integration (src/integrations/build-progress.ts) says
 * the content sync is done (or, failing that, when astro exits); `pages` to the number of pages
 * it reports built.
 */
function runAstroBuild(
  contentDir: string,
  outDir: string,
  env: Record<string, string>,
): { exit: Promise<number>; contentSynced: Promise<void>; pages: Promise<number | undefined>; stop: () => void } {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      // Astro's content collections want the content folder relative to the project root.
      ATLAS_CONTENT_DIR: path.relative(ROOT, contentDir) || '.',
      // astro.config.mjs: leave the output folder as it is (the site is built in place).
      ATLAS_KEEP_OUT_DIR: '1',
      // src/integrations/build-progress.ts: report over IPC, keep the page phase's log quiet.
      ATLAS_BUILD_PROGRESS: '1',
      ...env,
    },
  });
  let synced: () => void = () => {};
  const contentSynced = new Promise<void>((resolve) => {
    synced = resolve;
  });
  let built: (pages: number | undefined) => void = () => {};
  const pages = new Promise<number | undefined>((resolve) => {
    built = resolve;
  });
  child.on('message', (message: BuildProgressMessage) => {
    if (message.type === 'content-synced') synced();
    else if (message.type === 'pages-built') built(message.pages);
  });
  const exit = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
  void exit.finally(() => {
    synced();
    built(undefined);
  });
  return { exit, contentSynced, pages, stop: () => child.kill() };
}

process.exitCode = await main();
