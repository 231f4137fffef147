/**
 * `npm run pipeline` — turns every dump in content/dumps/ into the catalogue's content entries.
 * Thin CLI: parse arguments → run the pipeline → print → exit code.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalogue } from './lib/build-catalogue.ts';
import { pipelineCacheIn } from './lib/cache/pipeline-cache-fs.ts';
import { readDumps } from './lib/ingest/read-dumps-fs.ts';
import { layoutCatalogueGraphs } from './lib/layout/layout-catalogue-graphs.ts';
import { formatDiagnostic } from './lib/report/format-diagnostic.ts';
import { formatDumpSummaries } from './lib/report/format-dump-summaries.ts';
import { formatSummaryMarkdown } from './lib/report/format-summary-markdown.ts';
import { formatTopicQuality } from './lib/report/format-topic-quality.ts';
import { paperDigest } from './lib/emit/emit-papers.ts';
import { catalogueFiles, entryPath } from './lib/write/catalogue-files.ts';
import { readCatalogueState } from './lib/write/read-catalogue-state-fs.ts';
import { keptIfUnchanged, writeContent } from './lib/write/write-content-fs.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

const HELP = `Usage: npm run pipeline -- [options]

Parses every content/dumps/*.txt (in file-name order), deduplicates papers,
cleans their text, infers keyphrases, topics and related papers, lays out the
keyword graphs, and writes content/papers/<topic>/<slug>.mdx plus
content/catalogue/*.json. Applies the rules of content/curation.yaml
(docs/CURATION.md) and keeps content/redirects.json (old topic, keyword and
paper URLs that lead to live pages).

Prints a summary per dump, topic quality, and every line it skipped with the
reason. Exits 1 only on errors that would make the catalogue wrong (warnings
about skipped lines do not fail the build).

Options:
  --content DIR   content folder (default: content); dumps are read from DIR/dumps
  --cache DIR     where parsed dumps and the enrichment's basis are kept between
                  builds (default: node_modules/.cache/paper-atlas, or
                  $ATLAS_PIPELINE_CACHE); the output is the same with or without it
  --no-cache      neither read nor keep anything there
  --dry-run       compute and report, write nothing
  --quiet         print only the summary lines and errors
  --summary-markdown FILE
                  also write the per-dump table and topic quality as Markdown
                  to FILE (e.g. "$GITHUB_STEP_SUMMARY"; appended to, as CI expects)
  -h, --help      show this help`;

function main(): number {
  const { values } = parseArgs({
    options: {
      content: { type: 'string', default: 'content' },
      cache: { type: 'string', default: process.env.ATLAS_PIPELINE_CACHE || path.join(ROOT, 'node_modules/.cache/paper-atlas') },
      'no-cache': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      'summary-markdown': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const contentDir = path.resolve(values.content);
  const started = performance.now();
  let last = started;
  const timings: string[] = [];
  const lap = (stage: string) => {
    const now = performance.now();
    timings.push(`${stage} ${((now - last) / 1000).toFixed(2)}s`);
    last = now;
  };

  const dumps = readDumps(path.join(contentDir, 'dumps'));
  const state = readCatalogueState(contentDir);
  const cache = values['no-cache'] ? undefined : pipelineCacheIn(values.cache, ROOT, dumps.length, (message) => console.error(`warning: ${message}`));
  lap('read');
  const { catalogue, diagnostics } = buildCatalogue(
    dumps,
    state,
    lap,
    ({ file, records, cleaned }) => process.stderr.write(`${file}: ${cleaned} of ${records} records cleaned\n`),
    cache,
  );
  // Graphs laid out by the last build of this folder keep their layouts.
  const layouts = layoutCatalogueGraphs(catalogue, { kept: cache?.layouts.get(contentDir) });
  if (!values['dry-run']) cache?.layouts.set([contentDir], layouts.byGraph);
  lap('layout');
  // Entries the last build of this folder made from the same papers, unchanged since, are not emitted again.
  const stamps = cache?.stamps.get(contentDir);
  const files = catalogueFiles(catalogue, layouts, stamps && ((file, source) => keptIfUnchanged(contentDir, stamps, file, source)));
  lap('emit');
  const sources = new Map(catalogue.papers.map((paper) => [entryPath(paper), paperDigest(paper)]));
  const report = writeContent(contentDir, files, { dryRun: values['dry-run'], known: stamps, sources });
  if (!values['dry-run']) cache?.stamps.set([contentDir], report.stamps);
  lap(values['dry-run'] ? 'compare' : 'write');

  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const shown = values.quiet ? errors : diagnostics.filter((diagnostic) => diagnostic.severity !== 'info');
  for (const diagnostic of shown) console.log(formatDiagnostic(diagnostic));
  if (!values.quiet) {
    console.log(`\n${formatDumpSummaries(catalogue.summaries)}\n`);
    console.log(`${formatTopicQuality(catalogue.topics, catalogue.quality)}\n`);
  }
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
  if (values['summary-markdown']) {
    const markdown = formatSummaryMarkdown(catalogue.summaries, catalogue.topics, catalogue.quality, {
      papers: catalogue.papers.length,
      keywords: catalogue.keywords.length,
      redirects: catalogue.redirects?.length ?? 0,
      errors: errors.length,
      warnings: warnings.length,
    });
    writeFileSync(values['summary-markdown'], `${markdown}\n`, { flag: 'a' });
  }
  const verb = values['dry-run'] ? 'would write' : 'wrote';
  console.log(
    `${catalogue.papers.length} papers, ${catalogue.topics.length} topics, ${catalogue.keywords.length} keywords, ` +
      `${catalogue.redirects?.length ?? 0} redirects; ` +
      `${verb} ${report.written.length} files, ${report.unchanged} unchanged, ${report.removed.length} removed`,
  );
  if (catalogue.basis) {
    const { dumps: basisDumps, source } = catalogue.basis;
    console.log(`basis: the first ${basisDumps.length} of ${catalogue.summaries.length} dumps (${source === 'stored' ? 'kept from an earlier build' : 'computed'})`);
  }
  console.log(`stages: ${timings.join(', ')}; total ${((performance.now() - started) / 1000).toFixed(2)}s`);
  if (errors.length > 0) {
    console.error(`${errors.length} error(s): the catalogue would be wrong; fix the input named above and run again`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
