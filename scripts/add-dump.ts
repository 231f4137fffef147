/**
 * `npm run add-dump -- <file|->` — checks a new dump, prints what it will change,
 * and stores it in content/dumps/ under a dated, sortable name.
 * Thin CLI: parse arguments → read → plan (pure) → print → write → exit code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatAddDumpPlan } from './lib/add-dump/format-add-dump-plan.ts';
import { planAddDump } from './lib/add-dump/plan-add-dump.ts';
import { readDumps } from './lib/ingest/read-dumps-fs.ts';
import { readCatalogueState } from './lib/write/read-catalogue-state-fs.ts';

const HELP = `Usage: npm run add-dump -- [options] <file | ->

Checks a new text dump (decodes and parses it like the pipeline; refuses one
with no records or with the same bytes as a dump already there), prints what
it will change — new papers, duplicates of known papers, lines it cannot use
(with line numbers), topic moves — and stores it as
content/dumps/NNN_YYYY-MM-DD_<hash8>.txt. Then run \`npm run pipeline\`.

Options:
  --content DIR   content folder (default: content)
  --date DATE     date in the file name, YYYY-MM-DD (default: today, UTC)
  --dry-run       only print; store nothing
  -h, --help      show this help
Use - as the file to read the dump from standard input.`;

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      content: { type: 'string', default: 'content' },
      date: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`expected one dump file (or - for stdin), got ${positionals.length}\n\n${HELP}`);
    return 2;
  }
  const source = positionals[0] as string;
  const contentDir = path.resolve(values.content);
  const dumpsDir = path.join(contentDir, 'dumps');
  const bytes = source === '-' ? readFileSync(0) : readFileSync(source);
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  const plan = planAddDump({ existing: readDumps(dumpsDir), bytes, date, state: readCatalogueState(contentDir) });
  console.log(formatAddDumpPlan(plan, { source: source === '-' ? 'stdin' : source, dryRun: values['dry-run'] }));
  if (plan.refusal !== undefined) return 1;
  if (values['dry-run']) return 0;
  writeFileSync(path.join(dumpsDir, plan.name), bytes, { flag: 'wx' });
  console.log(`stored content/dumps/${plan.name}; next: npm run pipeline, review its output, commit the dump with content/`);
  return 0;
}

process.exitCode = main();
