/**
 * The old URLs the pipeline keeps working (`<content>/redirects.json`), read and checked against
 * the redirect schema. Read directly rather than as a content collection: most catalogues have
 * none, and an empty collection makes Astro warn on every build that it "does not exist or is
 * empty".
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { redirectSchema, type RedirectEntry } from '../schemas/redirect.ts';

const redirectsSchema = z.array(redirectSchema);

/**
 * The redirects of a catalogue; none when the file does not exist.
 *
 * @param contentDir The content folder (default: `ATLAS_CONTENT_DIR` or `content`, as in
 *   `src/content.config.ts`, relative to the working folder).
 * @throws {Error} Naming the file, when it is not JSON or not a list of redirects.
 */
export function readRedirects(contentDir: string = process.env.ATLAS_CONTENT_DIR || 'content'): RedirectEntry[] {
  const file = path.join(contentDir, 'redirects.json');
  if (!existsSync(file)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read redirects: expected JSON in ${file}`, { cause: error });
  }
  const parsed = redirectsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Cannot read redirects: ${file}: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'expected a list of redirects'}`);
  }
  return parsed.data;
}
