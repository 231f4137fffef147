import { join } from 'node:path';
import { describe } from 'vitest';
import { parseDump } from '../../../scripts/lib/parse/parse-dump.ts';
import { readFixtureFile, testFixtures } from '../../helpers/fixtures.ts';

const root = join(import.meta.dirname, '../../fixtures/parse');

// Each case folder holds `input.txt` (or `input.bin` for raw bytes) and `expected.json`
// with the records and diagnostics; regenerate with `UPDATE=1 npx vitest run tests/unit/parse`.
describe('parseDump fixtures', () => {
  testFixtures(root, (dir, name) => {
    const { bytes } = readFixtureFile(dir, 'input.bin', 'input.txt');
    return parseDump({ name: `${name}.txt`, bytes });
  });
});
