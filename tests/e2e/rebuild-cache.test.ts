/**
 * A rebuild reuses what did not change and shows what did: the content loader renders an
 * entry again only when its body changed (a frontmatter-only change is re-read, not re-rendered).
 * The site is rebuilt in place, over the previous one, and comes out as a build into an empty
 * folder would, byte for byte.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, PROJECT_ROOT, runNode } from '../helpers/build-site-fs.ts';

const SMALL_DUMP = path.join(PROJECT_ROOT, 'content/dumps', readdirSync(path.join(PROJECT_ROOT, 'content/dumps')).sort().at(-1)!);

describe('rebuilding a site after editing two entries', () => {
  const site = buildSite({ name: 'rebuild-cache', dumpFiles: [SMALL_DUMP] });
  const entries = readdirSync(path.join(site.contentDir, 'papers'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  const [retitled, rewritten, untouched] = entries.map((name) => path.join(site.contentDir, 'papers', name));
  const slugOf = (file: string) => path.basename(file, '.mdx');
  const pageOf = (file: string) => readFileSync(path.join(site.distDir, 'papers', slugOf(file), 'index.html'), 'utf8');
  const untouchedBefore = pageOf(untouched!);
  const untouchedMtime = statSync(path.join(site.distDir, 'papers', slugOf(untouched!), 'index.html')).mtimeMs;

  // Frontmatter only: a new title. Body only: a new first sentence.
  const retitledText = readFileSync(retitled!, 'utf8');
  writeFileSync(retitled!, retitledText.replace(/^title: .*$/m, 'title: A Retitled Paper For The Rebuild Test'));
  const rewrittenText = readFileSync(rewritten!, 'utf8');
  const bodyStart = rewrittenText.lastIndexOf('\n---\n') + '\n---\n'.length;
  writeFileSync(rewritten!, `${rewrittenText.slice(0, bodyStart)}\nRebuildmarker sentence added to the body.\n${rewrittenText.slice(bodyStart)}`);

  const env = {
    ATLAS_CONTENT_DIR: path.relative(PROJECT_ROOT, site.contentDir),
    ATLAS_CACHE_DIR: path.join(site.root, 'cache'),
    BASE_PATH: '/',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // What a previous build might have left that this one does not make: a removed paper's page,
  // an old download.
  const stale = ['papers/a-paper-no-longer-here/index.html', 'keywords/gone/papers.csv'];
  for (const file of stale) {
    mkdirSync(path.dirname(path.join(site.distDir, file)), { recursive: true });
    writeFileSync(path.join(site.distDir, file), 'left by an earlier build');
  }
  const inodeBefore = statSync(path.join(site.distDir, 'papers.json')).ino;
  const rebuild = runNode(['scripts/build-site.ts', '--content', site.contentDir, '--out-dir', site.distDir], env);
  const coldDir = path.join(site.root, 'dist-cold');
  const cold = runNode(['scripts/build-site.ts', '--content', site.contentDir, '--out-dir', coldDir], env);
  const digestTree = (folder: string) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((name) => {
        const file = path.join(folder, name);
        return statSync(file).isDirectory() ? `${name}/` : `${name} ${createHash('sha256').update(readFileSync(file)).digest('hex')}`;
      });

  test('the rebuild succeeds in place: files are written over, what it did not write is removed', () => {
    expect(rebuild.status, rebuild.output).toBe(0);
    expect(readdirSync(site.root).filter((name) => name.startsWith('dist'))).toEqual(['dist', 'dist-cold']);
    for (const file of stale) expect(readdirSync(site.distDir, { recursive: true }), file).not.toContain(file);
    expect(readdirSync(path.join(site.distDir, 'keywords'))).not.toContain('gone');
    expect(rebuild.output).toMatch(/site: removed \d+ file\(s\) the previous build left/);
    expect(statSync(path.join(site.distDir, 'papers.json')).ino).toBe(inodeBefore);
  });

  test('an output path that is a file stops the build with a message naming it, before astro starts', () => {
    const notAFolder = path.join(site.root, 'not-a-folder');
    writeFileSync(notAFolder, 'a file');
    const result = runNode(['scripts/build-site.ts', '--content', site.contentDir, '--out-dir', notAFolder], env);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`Cannot build the site into ${notAFolder}`);
    expect(result.output).not.toMatch(/\[content\]/);
  });

  test('the site rebuilt in place is the site built into an empty folder, byte for byte', () => {
    expect(cold.status, cold.output).toBe(0);
    const rebuilt = digestTree(site.distDir);
    expect(rebuilt.length).toBeGreaterThan(100);
    expect(rebuilt).toEqual(digestTree(coldDir));
  });

  test('the loader renders only the entry whose body changed and re-reads the retitled one', () => {
    expect(rebuild.output).toMatch(
      new RegExp(`${entries.length} paper entries, 1 rendered, 1 with only their frontmatter read again, ${entries.length - 2} unchanged`),
    );
  });

  test('the log keeps the content sync and warnings but not one line per page, and counts the pages', () => {
    const pages = readdirSync(site.distDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
    // Astro colours its labels when the terminal (or CI) asks for colour.
    const log = rebuild.output.replace(/\x1b\[[0-9;]*m/g, '');
    expect(log).toMatch(/\[content\] Synced content/);
    // A catalogue without redirects builds without warnings (an empty collection used to warn twice).
    expect(log).not.toMatch(/\[WARN\]/);
    expect(log).not.toMatch(/[├└]─ \/papers\//);
    // The cold build renders every page; the rebuild only those whose props changed.
    expect(cold.output).toMatch(new RegExp(`site: astro built ${pages} pages at [\\d.]+ s`));
    const rendered = Number(/site: astro built (\d+) pages/.exec(log)?.[1]);
    const kept = Number(/(\d+) pages-papers/.exec(log)?.[1]);
    expect(rendered).toBeLessThan(pages);
    // Rendered again: the two edited papers and those listing the retitled one as related (they show its title).
    const showsRetitled = (name: string) => readFileSync(path.join(site.contentDir, 'papers', name), 'utf8').includes(`slug: ${slugOf(retitled!)}\n`);
    const renderedAgain = new Set([...entries.filter(showsRetitled), path.relative(path.join(site.contentDir, 'papers'), rewritten!)]);
    expect(renderedAgain.size).toBeGreaterThan(2);
    expect(kept).toBe(entries.length - renderedAgain.size);
  });

  test('a page whose props did not change is left as it was: not written again', () => {
    const untouchedPage = path.join(site.distDir, 'papers', slugOf(untouched!), 'index.html');
    const retitledPage = path.join(site.distDir, 'papers', slugOf(retitled!), 'index.html');
    expect(statSync(untouchedPage).mtimeMs).toBeLessThan(statSync(retitledPage).mtimeMs);
    expect(statSync(untouchedPage).mtimeMs).toBe(untouchedMtime);
  });

  test('changed pages show the change; an unrelated page comes out byte for byte the same', () => {
    expect(pageOf(retitled!)).toContain('A Retitled Paper For The Rebuild Test');
    expect(pageOf(rewritten!)).toContain('Rebuildmarker sentence added to the body.');
    expect(pageOf(untouched!)).toBe(untouchedBefore);
  });
});
