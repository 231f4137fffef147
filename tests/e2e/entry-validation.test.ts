import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, PROJECT_ROOT, runNode, type BuiltSite } from '../helpers/build-site-fs.ts';

/** `astro build` of the site's content, as `npm run build` runs it; returns exit code and output. */
function astroBuild(site: BuiltSite): { status: number; output: string } {
  return runNode([path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', site.distDir], {
    ATLAS_CONTENT_DIR: path.relative(PROJECT_ROOT, site.contentDir),
    ATLAS_CACHE_DIR: path.join(site.root, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  });
}

/** The first `records` title/abstract records of a default dump (records start on its third line). */
function trimmedDump(name: string, records: number): string {
  return readFileSync(path.join(PROJECT_ROOT, 'content/dumps', name), 'utf8').split('\n').slice(0, 2 + 2 * records).join('\n');
}

describe('the build refuses a malformed or tampered entry or catalogue file, naming the file', () => {
  let site: BuiltSite;
  let entry: string;
  let original: string;

  beforeAll(() => {
    site = buildSite({ name: 'entry-validation', pipelineOnly: true, dumps: { '000_a.txt': trimmedDump('000_204173092b44c16c.txt', 12) } });
    const papersDir = path.join(site.contentDir, 'papers');
    const topic = readdirSync(papersDir).sort()[0]!;
    entry = path.join(papersDir, topic, readdirSync(path.join(papersDir, topic)).sort()[0]!);
    original = readFileSync(entry, 'utf8');
  });

  test('an entry whose frontmatter breaks the schema', () => {
    writeFileSync(entry, original.replace(/^title: .*$/m, 'title: ""'));
    const build = astroBuild(site);
    writeFileSync(entry, original);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(path.basename(entry));
    expect(build.output).toMatch(/title/);
  }, 180_000);

  test('an entry whose body was edited to hold an MDX expression', () => {
    writeFileSync(entry, `${original}\n{process.exit(7)}\n`);
    const build = astroBuild(site);
    writeFileSync(entry, original);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(path.basename(entry));
    expect(build.output).toMatch(/mdxFlowExpression|expression/);
  }, 180_000);

  test('a catalogue file with an item that breaks its schema', () => {
    const file = path.join(site.contentDir, 'catalogue', 'keywords.json');
    const keywords = readFileSync(file, 'utf8');
    const items = JSON.parse(keywords) as { slug: string; papers: unknown[] }[];
    items[1]!.papers = [42];
    writeFileSync(file, JSON.stringify(items));
    const build = astroBuild(site);
    writeFileSync(file, keywords);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`catalogue/keywords.json: item 1 ("${items[1]!.slug}") does not match its schema: papers.0:`);
  }, 180_000);
});
