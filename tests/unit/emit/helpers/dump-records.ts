import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A title/abstract pair as found in a dump, for round-trip tests. */
export interface DumpPair {
  dump: string;
  line: number;
  title: string;
  abstract: string;
}

/** Lines of the feed's page chrome, not papers. */
const CHROME = [
  /^new$/,
  /^Subscribe$/,
  /^Get trending papers in your email inbox/,
  /^byAK and the research community$/,
  /^[A-Z][a-z]{2} \d{1,2}$/,
];

/**
 * Every title/abstract pair of the dumps in `folder`: a quick reader for tests
 * only (the pipeline's parser lives in `scripts/lib/parse/`). Non-empty lines
 * that are not chrome alternate title, abstract; a `Subscribe` glued to the
 * first title is cut off.
 */
export function readDumpPairs(folder: string): DumpPair[] {
  const pairs: DumpPair[] = [];
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt')).sort()) {
    const dump = name.slice(0, -'.txt'.length);
    const lines = readFileSync(path.join(folder, name), 'utf8')
      .split(/\r?\n/)
      .map((text, index) => ({ text: text.trim().replace(/^Subscribe(?=\S)/, ''), line: index + 1 }))
      .filter(({ text }) => text !== '' && !CHROME.some((pattern) => pattern.test(text)));
    if (lines.length % 2 !== 0) {
      throw new Error(`Cannot pair ${name}: expected an even number of title and abstract lines, got ${lines.length}`);
    }
    for (let index = 0; index < lines.length; index += 2) {
      const title = lines[index]!;
      const abstract = lines[index + 1]!;
      pairs.push({ dump, line: title.line, title: title.text, abstract: abstract.text });
    }
  }
  return pairs;
}
