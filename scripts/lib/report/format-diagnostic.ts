import type { Diagnostic } from '../model.ts';

/**
 * One line per diagnostic, in the `file:line: severity: message` form editors understand.
 *
 * @param diagnostic The diagnostic.
 */
export function formatDiagnostic({ file, line, severity, message }: Diagnostic): string {
  return `${line === undefined ? file : `${file}:${line}`}: ${severity}: ${message}`;
}
