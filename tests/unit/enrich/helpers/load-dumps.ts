/**
 * Throwaway dump loader for the enrich tests, until the real parser and
 * cleaner exist. Good enough to turn the default dumps into ~485 papers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Paper } from '../../../../scripts/lib/model.ts';

const DUMPS = join(import.meta.dirname, '../../../../content/dumps');

const CHROME = new Set([
  'Get trending papers in your email inbox once a day!',
  'Get trending papers in your email inbox!',
  'new',
  'Subscribe',
  'byAK and the research community',
]);
const DATE = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}$/;

function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** Dump file names in order. */
export function listDumps(): string[] {
  return readdirSync(DUMPS)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

/** Papers of the given dumps (all by default), deduplicated by title. */
export function loadPapers(names: string[] = listDumps()): Paper[] {
  const papers: Paper[] = [];
  const byKey = new Map<string, Paper>();
  const slugs = new Set<string>();
  for (const name of names) {
    const dump = name.replace(/\.txt$/, '');
    const lines = readFileSync(join(DUMPS, name), 'utf8').split('\n');
    const kept: { text: string; line: number }[] = [];
    lines.forEach((raw, index) => {
      const text = raw.trim();
      if (text === '' || CHROME.has(text) || DATE.test(text)) return;
      kept.push({ text, line: index + 1 });
    });
    for (let i = 0; i + 1 < kept.length; i += 2) {
      const titleLine = kept[i]!;
      const abstractLine = kept[i + 1]!;
      const title = titleLine.text.replace(/^Subscribe(?=\S)/, '');
      const key = title.toLowerCase().replace(/[^a-z0-9]+/g, '');
      const existing = byKey.get(key);
      if (existing) {
        if (!existing.dumps.includes(dump)) existing.dumps.push(dump);
        existing.occurrences.push({ dump, line: titleLine.line });
        continue;
      }
      let slug = kebab(title);
      for (let n = 2; slugs.has(slug); n++) slug = `${kebab(title)}-${n}`;
      slugs.add(slug);
      const paper: Paper = {
        key,
        slug,
        title,
        abstract: [{ type: 'text', value: abstractLine.text }],
        abstractText: abstractLine.text,
        codeLinks: [],
        dumps: [dump],
        firstSeen: dump,
        occurrences: [{ dump, line: titleLine.line }],
        original: { title: titleLine.text, abstract: abstractLine.text },
      };
      byKey.set(key, paper);
      papers.push(paper);
    }
  }
  return papers;
}
