import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { codeDigest } from '../../../scripts/lib/cache/code-digest-fs.ts';

const root = mkdtempSync(path.join(tmpdir(), 'code-digest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('changes with any file’s contents or name under the folders, and with the extra files', () => {
  mkdirSync(path.join(root, 'lib/deep'), { recursive: true });
  writeFileSync(path.join(root, 'lib/a.ts'), 'a');
  writeFileSync(path.join(root, 'lib/deep/b.ts'), 'b');
  writeFileSync(path.join(root, 'lock.json'), '{}');
  const digest = () => codeDigest(root, ['lib'], ['lock.json']);
  const first = digest();
  expect(digest()).toBe(first);
  writeFileSync(path.join(root, 'lib/deep/b.ts'), 'b2');
  const second = digest();
  expect(second).not.toBe(first);
  writeFileSync(path.join(root, 'lib/deep/c.ts'), '');
  expect(digest()).not.toBe(second);
  rmSync(path.join(root, 'lib/deep/c.ts'));
  expect(digest()).toBe(second);
  writeFileSync(path.join(root, 'lock.json'), '{"x":1}');
  expect(digest()).not.toBe(second);
});
