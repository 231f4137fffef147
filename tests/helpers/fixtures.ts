import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/**
 * Names of the case folders under a fixture root, sorted.
 *
 * @param root Folder holding one sub-folder per case.
 */
export function listFixtureCases(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Read the first of several candidate files in a case folder (e.g. `input.bin`, then `input.txt`).
 *
 * @param dir Case folder.
 * @param names Candidate file names, in order of preference.
 * @returns The file's name and bytes.
 */
export function readFixtureFile(dir: string, ...names: string[]): { name: string; bytes: Uint8Array } {
  for (const name of names) {
    const path = join(dir, name);
    if (existsSync(path)) return { name, bytes: new Uint8Array(readFileSync(path)) };
  }
  throw new Error(`Cannot read fixture: expected one of ${names.join(', ')} in ${dir}, got none`);
}

/**
 * Compare a value with the expected file of a case folder. With `UPDATE=1` in the
 * environment the expected file is (re)written instead, to be reviewed as a diff.
 * `.json` files hold the value as pretty JSON; any other file holds `String(actual)`.
 *
 * @param dir Case folder.
 * @param actual The value produced by the code under test.
 * @param expectedName File name of the expectation, `expected.json` by default.
 */
export function expectFixture(dir: string, actual: unknown, expectedName = 'expected.json'): void {
  const path = join(dir, expectedName);
  const isJson = expectedName.endsWith('.json');
  const serialized = isJson ? `${JSON.stringify(actual, null, 2)}\n` : String(actual);
  if (process.env.UPDATE === '1') {
    writeFileSync(path, serialized);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`Cannot compare fixture: expected ${path} to exist, got nothing (run with UPDATE=1 to create it)`);
  }
  const expected = readFileSync(path, 'utf8');
  if (isJson) expect(JSON.parse(serialized)).toEqual(JSON.parse(expected));
  else expect(serialized).toBe(expected);
}

/**
 * Declare one test per case folder under `root`: `run` turns the folder into a value that
 * must equal the folder's expected file (see {@link expectFixture}).
 *
 * @param root Folder holding one sub-folder per case.
 * @param run Produces the actual value for a case folder.
 * @param expectedName File name of the expectation, `expected.json` by default.
 */
export function testFixtures(
  root: string,
  run: (dir: string, name: string) => unknown,
  expectedName = 'expected.json',
): void {
  test.each(listFixtureCases(root))('%s', async (name) => {
    const dir = join(root, name);
    expectFixture(dir, await run(dir, name), expectedName);
  });
}
