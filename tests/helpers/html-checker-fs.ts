import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './build-site-fs.ts';

/** One error of the Nu Html Checker. */
export interface HtmlError {
  file: string;
  line?: number;
  message: string;
}

/**
 * Validates HTML files with the Nu Html Checker (npm `vnu-jar`, needs `java`), errors only.
 *
 * @param files Absolute paths of the HTML files.
 */
export function checkHtml(files: readonly string[]): HtmlError[] {
  const jar = path.join(PROJECT_ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
  const result = spawnSync('java', ['-Xss1024k', '-jar', jar, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error('Cannot run the Nu Html Checker: expected `java` on PATH', { cause: result.error });
  let report: { messages?: { type: string; url?: string; lastLine?: number; message: string }[] };
  try {
    report = JSON.parse(result.stderr || '{"messages":[]}');
  } catch (error) {
    throw new Error(`Cannot read the Nu Html Checker's report: expected JSON, got ${result.stderr.slice(0, 200)}`, { cause: error });
  }
  return (report.messages ?? [])
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => ({
      file: path.relative(PROJECT_ROOT, decodeURIComponent((message.url ?? '').replace(/^file:/, ''))),
      line: message.lastLine,
      message: message.message,
    }));
}
