/**
 * `node scripts/check-site.ts [--site dist] [--content content]` — the post-build invariant:
 * every paper of the content has exactly one page, one search index entry and one row in
 * papers.json. Thin CLI: read → check → print → exit code (1 when broken, 2 on bad usage or input).
 */
import { checkSite } from './lib/check/check-site.ts';
import { readCataloguePapers, readRedirectedPaperSlugs, readSite } from './lib/check/read-site-fs.ts';
import { formatDiagnostic } from './lib/report/format-diagnostic.ts';
import { parseCommandLine } from './lib/cli/parse-command-line.ts';

const USAGE = 'usage: node scripts/check-site.ts [--site dist] [--content content]';

function main(): number {
  const command = parseCommandLine(
    {
      site: { type: 'string', default: 'dist' },
      content: { type: 'string', default: 'content' },
    },
    USAGE,
  );
  if (command.exitCode !== undefined) return command.exitCode;
  const { values } = command;
  let papers;
  let site;
  try {
    papers = readCataloguePapers(values.content);
    site = readSite(values.site);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const diagnostics = checkSite(papers, site, readRedirectedPaperSlugs(values.content));
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
  console.log(
    `site check: ${papers.length} papers; ${site.pages.length} pages, ${site.searchEntries.length} search entries, ` +
      `${site.exportRows.length} papers.json rows${diagnostics.length > 0 ? ` — ${diagnostics.length} error(s)` : ', all consistent'}`,
  );
  return diagnostics.length > 0 ? 1 : 0;
}

process.exitCode = main();
