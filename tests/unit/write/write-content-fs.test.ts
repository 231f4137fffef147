import { mkdtempSync, readFileSync, statSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeContent } from '../../../scripts/lib/write/write-content-fs.ts';

function freshContentDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-write-'));
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
    expect(writeContent(dir, files)).toEqual({ written: ['catalogue/topics.json', 'papers/t/a.mdx', 'slugs.json'], unchanged: 0, removed: [] });
    const before = statSync(path.join(dir, 'papers/t/a.mdx'));
    expect(writeContent(dir, files)).toEqual({ written: [], unchanged: 3, removed: [] });
    const after = statSync(path.join(dir, 'papers/t/a.mdx'));
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  test('moves a paper to its new topic folder, keeps unchanged files and never touches dumps', () => {
    const dir = freshContentDir();
    writeContent(dir, new Map([['papers/t1/a.mdx', 'A\n'], ['papers/t1/b.mdx', 'B\n']]));
    const keptInode = statSync(path.join(dir, 'papers/t1/b.mdx')).ino;
    const report = writeContent(dir, new Map([['papers/t2/a.mdx', 'A\n'], ['papers/t1/b.mdx', 'B\n']]));
    expect(report).toEqual({ written: ['papers/t2/a.mdx'], unchanged: 1, removed: ['papers/t1/a.mdx'] });
    expect(existsSync(path.join(dir, 'papers/t1/a.mdx'))).toBe(false);
    expect(statSync(path.join(dir, 'papers/t1/b.mdx')).ino).toBe(keptInode);
    expect(readFileSync(path.join(dir, 'dumps/000.txt'), 'utf8')).toBe('dump');
    expect(readdirSync(dir).sort()).toEqual(['dumps', 'papers']);
  });

  test('a dry run reports and touches nothing', () => {
    const dir = freshContentDir();
    const report = writeContent(dir, new Map([['papers/t/a.mdx', 'A\n']]), { dryRun: true });
    expect(report.written).toEqual(['papers/t/a.mdx']);
    expect(existsSync(path.join(dir, 'papers'))).toBe(false);
  });
});
