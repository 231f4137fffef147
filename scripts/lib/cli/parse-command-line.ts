/**
 * The options of a small command (`node scripts/<cli>.ts`), read the same way by each: `-h` /
 * `--help` prints the usage; an unknown option or a missing value prints the reason and the usage.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

/** The parsed option values, or the exit code when the command should stop (0 after help, 2 on bad usage). */
export type CommandLine<O extends Options> =
  | { values: ReturnType<typeof parseArgs<{ options: O & typeof HELP }>>['values']; exitCode?: undefined }
  | { exitCode: 0 | 2 };

/**
 * Parses `args` (default: the process's arguments) against `options` plus `--help`.
 *
 * @param usage One line, printed with `--help` (to stdout) or after a usage error (to stderr).
 */
export function parseCommandLine<const O extends Options>(options: O, usage: string, args: string[] = process.argv.slice(2)): CommandLine<O> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ options: { ...options, ...HELP }, args }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return { exitCode: 2 };
  }
  if (values.help === true) {
    console.log(usage);
    return { exitCode: 0 };
  }
  // parseArgs typed these values by `options` above; the generic `O` hides that from the compiler.
  return { values: values as Extract<CommandLine<O>, { values: unknown }>['values'] };
}
