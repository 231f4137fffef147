import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCommandLine } from '../../../scripts/lib/cli/parse-command-line.ts';

const OPTIONS = { site: { type: 'string', default: 'dist' }, 'part-size': { type: 'string', default: '10' } } as const;
const USAGE = 'usage: node x.ts [--site dist] [--part-size N]';

afterEach(() => vi.restoreAllMocks());

describe('parseCommandLine', () => {
  it('gives the values, defaults filled in', () => {
    expect(parseCommandLine(OPTIONS, USAGE, ['--site', 'out'])).toEqual({ values: { site: 'out', 'part-size': '10', help: false } });
  });

  it('prints the usage and stops with 0 on --help or -h', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(parseCommandLine(OPTIONS, USAGE, ['-h'])).toEqual({ exitCode: 0 });
    expect(parseCommandLine(OPTIONS, USAGE, ['--help'])).toEqual({ exitCode: 0 });
    expect(log).toHaveBeenCalledWith(USAGE);
  });

  it('prints the reason and the usage and stops with 2 on an unknown option or a missing value', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(parseCommandLine(OPTIONS, USAGE, ['--sight', 'out'])).toEqual({ exitCode: 2 });
    expect(error.mock.calls[0]![0]).toMatch(/--sight[\s\S]*\nusage: node x\.ts/);
    expect(parseCommandLine(OPTIONS, USAGE, ['--site'])).toEqual({ exitCode: 2 });
  });
});
