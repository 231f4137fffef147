/** Reads the frontmatter of every generated paper entry under a content folder (test helper). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { PaperEntry } from '../../../src/schemas/paper-entry.ts';

/** Frontmatter of every `<content>/papers/<topic>/<slug>.mdx`, in file order. */
export function readPaperEntries(contentDir: string): PaperEntry[] {
  const papersDir = path.join(contentDir, 'papers');
  const files = readdirSync(papersDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx')).sort();
  return files.map((file) => {
    const text = readFileSync(path.join(papersDir, file), 'utf8');
    const end = text.indexOf('\n---', 4);
    if (!text.startsWith('---\n') || end < 0) throw new Error(`Cannot read ${file}: expected YAML frontmatter, got none`);
    return parse(text.slice(4, end)) as PaperEntry;
  });
}
