import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pageFile, pathsToRender } from '../../../src/lib/page-reuse-fs.ts';

const root = mkdtempSync(path.join(tmpdir(), 'page-reuse-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const paths = (titles: string[]) => titles.map((title, i) => ({ params: { slug: `p${i}` }, props: { title } }));
const pathnameOf = ({ params }: { params: { slug?: string } }) => `/papers/${params.slug}/`;

/** A build: renders what `pathsToRender` returns (writes its file), then makes its records the previous ones. */
function build(outDir: string, folder: string, titles: string[], salt = 's'): string[] {
  const next = path.join(folder, 'next');
  rmSync(next, { recursive: true, force: true });
  const render = pathsToRender('papers', paths(titles), pathnameOf, {
    ATLAS_OUTPUT_PREVIOUS: path.join(folder, 'previous'),
    ATLAS_OUTPUT_NEXT: next,
    ATLAS_RENDER_SALT: salt,
    ATLAS_OUT_DIR: outDir,
  });
  for (const entry of render) {
    const file = path.join(outDir, pageFile(pathnameOf(entry)));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, entry.props.title);
  }
  rmSync(path.join(folder, 'previous'), { recursive: true, force: true });
  mkdirSync(path.join(folder, 'previous'));
  writeFileSync(path.join(folder, 'previous/pages-papers.json'), readFileSync(path.join(next, 'pages-papers.json')));
  return render.map(({ params }) => params.slug);
}

describe('pathsToRender', () => {
  test('without build-site’s variables, renders every page', () => {
    expect(pathsToRender('papers', paths(['a', 'b']), pathnameOf, {})).toHaveLength(2);
  });

  test('renders new and changed pages and those whose file is gone; keeps the rest', () => {
    const outDir = path.join(root, 'out');
    const folder = path.join(root, 'digests');
    expect(build(outDir, folder, ['a', 'b', 'c'])).toEqual(['p0', 'p1', 'p2']);
    expect(build(outDir, folder, ['a', 'b', 'c'])).toEqual([]);
    expect(build(outDir, folder, ['a', 'B', 'c', 'd'])).toEqual(['p1', 'p3']);
    rmSync(path.join(outDir, 'papers/p2/index.html'));
    expect(build(outDir, folder, ['a', 'B', 'c', 'd'])).toEqual(['p2']);
    expect(build(outDir, folder, ['a', 'B', 'c', 'd'], 'other code')).toEqual(['p0', 'p1', 'p2', 'p3']);
    const record = JSON.parse(readFileSync(path.join(folder, 'next/pages-papers.json'), 'utf8'));
    expect(Object.keys(record.digests)).toEqual(['papers/p0/index.html', 'papers/p1/index.html', 'papers/p2/index.html', 'papers/p3/index.html']);
    expect(record.written).toBe(4);
  });

  test('renders everything when the previous records are missing or damaged', () => {
    const outDir = path.join(root, 'out2');
    const folder = path.join(root, 'digests2');
    build(outDir, folder, ['a']);
    writeFileSync(path.join(folder, 'previous/pages-papers.json'), '{ not json');
    expect(build(outDir, folder, ['a'])).toEqual(['p0']);
  });

  test.each([
    ['/papers/x/', 'papers/x/index.html'],
    ['/keywords/y/2/', 'keywords/y/2/index.html'],
  ])('the page at %s is the file %s', (pathname, file) => {
    expect(pageFile(pathname)).toBe(file);
  });
});
