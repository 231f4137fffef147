import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { keptIfUnchanged, writeContent, type KeptFile } from '../../../scripts/lib/write/write-content-fs.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function freshContentDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-write-'));
  made.push(dir);
  mkdirSync(path.join(dir, 'dumps'));
  writeFileSync(path.join(dir, 'dumps', '000.txt'), 'dump');
  return dir;
}

describe('writeContent', () => {
  test('writes new files, then rewrites nothing when run again with the same files', () => {
    const dir = freshContentDir();
    const files = new Map([
      ['papers/t/a.mdx', 'A\n'],
      ['catalogue/topics.json', '[]\n'],
      ['slugs.json', '{}\n'],
    ]);
    expect(writeContent(dir, files)).toMatchObject({ written: ['catalogue/topics.json', 'papers/t/a.mdx', 'slugs.json'], unchanged: 0, removed: [] });
    const before = statSync(path.join(dir, 'papers/t/a.mdx'));
    expect(writeContent(dir, files)).toMatchObject({ written: [], unchanged: 3, removed: [] });
    const after = statSync(path.join(dir, 'papers/t/a.mdx'));
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  test('moves a paper to its new topic folder, keeps unchanged files and never touches dumps', () => {
    const dir = freshContentDir();
    writeContent(dir, new Map([['papers/t1/a.mdx', 'A\n'], ['papers/t1/b.mdx', 'B\n']]));
    const keptInode = statSync(path.join(dir, 'papers/t1/b.mdx')).ino;
    const report = writeContent(dir, new Map([['papers/t2/a.mdx', 'A\n'], ['papers/t1/b.mdx', 'B\n']]));
    expect(report).toMatchObject({ written: ['papers/t2/a.mdx'], unchanged: 1, removed: ['papers/t1/a.mdx'] });
    expect(existsSync(path.join(dir, 'papers/t1/a.mdx'))).toBe(false);
    expect(statSync(path.join(dir, 'papers/t1/b.mdx')).ino).toBe(keptInode);
    expect(readFileSync(path.join(dir, 'dumps/000.txt'), 'utf8')).toBe('dump');
    expect(readdirSync(dir).sort()).toEqual(['dumps', 'papers']);
  });

  test('takes a file as unchanged without reading it when it is as the last run stamped it, and reads it otherwise', () => {
    const dir = freshContentDir();
    const files = new Map([['papers/t/a.mdx', 'A\n'], ['papers/t/b.mdx', 'B\n']]);
    const first = writeContent(dir, files);
    expect([...first.stamps.keys()].sort()).toEqual(['papers/t/a.mdx', 'papers/t/b.mdx']);
    // New text for a stamped file is a change, whatever the stamp says about size and time.
    expect(writeContent(dir, new Map([['papers/t/a.mdx', 'Z\n'], ['papers/t/b.mdx', 'B\n']]), { known: first.stamps, dryRun: true }).written).toEqual(['papers/t/a.mdx']);
    // A hand edit changes the size or time: the file is read and rewritten.
    writeFileSync(path.join(dir, 'papers/t/b.mdx'), 'Hand edit\n');
    const again = writeContent(dir, files, { known: first.stamps });
    expect(again).toMatchObject({ written: ['papers/t/b.mdx'], unchanged: 1 });
    expect(readFileSync(path.join(dir, 'papers/t/b.mdx'), 'utf8')).toBe('B\n');
    expect(again.stamps.get('papers/t/b.mdx')!.digest).toBe(first.stamps.get('papers/t/b.mdx')!.digest);
  });

  test('trusts a matching stamp instead of reading the file', () => {
    const dir = freshContentDir();
    const first = writeContent(dir, new Map([['papers/t/a.mdx', 'A\n']]));
    // Stamp claims the file's text is "B\n" (same size, same time): B is taken as already there.
    const claimB = new Map([['papers/t/a.mdx', { ...first.stamps.get('papers/t/a.mdx')!, digest: writeContent(freshContentDir(), new Map([['papers/t/a.mdx', 'B\n']])).stamps.get('papers/t/a.mdx')!.digest }]]);
    expect(writeContent(dir, new Map([['papers/t/a.mdx', 'B\n']]), { known: claimB, dryRun: true })).toMatchObject({ written: [], unchanged: 1 });
    expect(writeContent(dir, new Map([['papers/t/a.mdx', 'B\n']]), { dryRun: true })).toMatchObject({ written: ['papers/t/a.mdx'], unchanged: 0 });
  });

  test('trusts a stamp with another digest too: the file is a change without being read', () => {
    const dir = freshContentDir();
    const first = writeContent(dir, new Map([['papers/t/a.mdx', 'A\n']]));
    // The stamp claims the file (same size, same time) holds "Z\n": "A\n" is taken as new text.
    const claimZ = new Map([['papers/t/a.mdx', { ...first.stamps.get('papers/t/a.mdx')!, digest: writeContent(freshContentDir(), new Map([['papers/t/a.mdx', 'Z\n']])).stamps.get('papers/t/a.mdx')!.digest }]]);
    expect(writeContent(dir, new Map([['papers/t/a.mdx', 'A\n']]), { known: claimZ, dryRun: true })).toMatchObject({ written: ['papers/t/a.mdx'], unchanged: 0 });
    expect(writeContent(dir, new Map([['papers/t/a.mdx', 'A\n']]), { dryRun: true })).toMatchObject({ written: [], unchanged: 1 });
  });

  test('a dry run reports and touches nothing', () => {
    const dir = freshContentDir();
    const report = writeContent(dir, new Map([['papers/t/a.mdx', 'A\n']]), { dryRun: true });
    expect(report.written).toEqual(['papers/t/a.mdx']);
    expect(existsSync(path.join(dir, 'papers'))).toBe(false);
  });

  test('keeps an entry made from the same source without its text, until it is edited or its source changes', () => {
    const dir = freshContentDir();
    const [a, b] = ['papers/t/a.mdx', 'papers/t/b.mdx'];
    const sources = new Map([[a, 'paper-a-digest']]);
    const first = writeContent(dir, new Map([[a, 'A\n'], [b, 'B\n']]), { sources });
    expect(first.stamps.get(a)!.source).toBe('paper-a-digest');
    expect(first.stamps.get(b)!.source).toBeUndefined();
    expect(keptIfUnchanged(dir, first.stamps, a, 'another-digest')).toBeUndefined();
    expect(keptIfUnchanged(dir, first.stamps, b, 'paper-b-digest')).toBeUndefined();
    const kept = keptIfUnchanged(dir, first.stamps, a, 'paper-a-digest');
    expect(kept).toEqual({ stamp: first.stamps.get(a) });

    const inode = statSync(path.join(dir, a)).ino;
    const second = writeContent(dir, new Map<string, string | KeptFile>([[a, kept!], [b, 'B\n']]), { known: first.stamps, sources });
    expect(second).toMatchObject({ written: [], unchanged: 2, removed: [] });
    expect(second.stamps.get(a)).toEqual(first.stamps.get(a));
    expect(statSync(path.join(dir, a)).ino).toBe(inode);
    expect(readFileSync(path.join(dir, a), 'utf8')).toBe('A\n');

    writeFileSync(path.join(dir, a), 'Hand edit\n');
    expect(keptIfUnchanged(dir, second.stamps, a, 'paper-a-digest')).toBeUndefined();
  });

  test('refuses to keep a file that is not there', () => {
    const dir = freshContentDir();
    const stamp = { digest: 'd', size: 2, mtimeMs: 0 };
    expect(() => writeContent(dir, new Map([['papers/t/a.mdx', { stamp }]]))).toThrow(/Cannot keep papers\/t\/a\.mdx as it is/);
  });
});
