/**
 * `npm run audit` — Lighthouse (performance, accessibility, best practices, SEO) on the home
 * page, a topic page and a paper page of the built site, through the workplace's independent
 * judge (`../shared/judges/judge-lighthouse.sh`, or `$JUDGES_HOME`). Not part of `npm test`:
 * Lighthouse is slow and its timings are noisy on 2 cores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const HELP = `Usage: npm run audit -- [--site dist] [--preset mobile|desktop]

Runs Lighthouse on /, the first topic page and the first paper page of the built site and
prints one line of scores per page. Build first with \`npm run build\`. Exits 1 when a score
is below 90 (the judge's threshold), 2 when Lighthouse could not run.`;

function firstPage(site: string, folder: string): string {
  const names = existsSync(path.join(site, folder)) ? readdirSync(path.join(site, folder)).sort() : [];
  const name = names.find((entry) => existsSync(path.join(site, folder, entry, 'index.html')));
  if (name === undefined) throw new Error(`Cannot audit: expected a page under ${path.join(site, folder)}; run \`npm run build\` first`);
  return `/${folder}/${name}/`;
}

function main(): number {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: 'dist' },
      preset: { type: 'string', default: 'mobile' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const site = path.resolve(values.site);
  const judges = process.env.JUDGES_HOME ?? path.resolve(import.meta.dirname, '../../shared/judges');
  const judge = path.join(judges, 'judge-lighthouse.sh');
  if (!existsSync(judge)) {
    console.error(`Cannot audit: expected the Lighthouse judge at ${judge}; set JUDGES_HOME`);
    return 2;
  }
  const pages = ['/', firstPage(site, 'topics'), firstPage(site, 'papers')];
  const result = spawnSync('bash', [judge, site, ...pages], {
    stdio: 'inherit',
    env: { ...process.env, JUDGES_HOME: judges, LH_PRESET: values.preset },
  });
  return result.status ?? 2;
}

process.exitCode = main();
