/**
 * Throwaway benchmark: N synthetic papers made of shuffled sentences and
 * title phrases of the real dumps, timed through enrichCatalogue.
 * Usage: npx node scripts/experiments/synth.ts 10000
 */
import { loadPapers } from '../../tests/unit/enrich/helpers/load-dumps.ts';
import { enrichCatalogue } from '../lib/enrich/enrich-catalogue.ts';
import { seededRandom } from '../lib/enrich/seeded-random.ts';
import type { Paper } from '../lib/model.ts';

const n = Number(process.argv[2] ?? 10000);
const real = loadPapers();
const random = seededRandom(42);
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
const sentences = real.map((p) => p.abstractText.split(/(?<=\.)\s+/));
const papers: Paper[] = [];
for (let i = 0; i < n; i++) {
  // Mostly one real paper's sentences, shuffled, plus a few from a neighbour and a random one.
  const base = Math.floor(random() * real.length);
  const near = (base + 1 + Math.floor(random() * 5)) % real.length;
  const pool = [...sentences[base]!, ...sentences[near]!.slice(0, 3), pick(pick(sentences))];
  for (let j = pool.length - 1; j > 0; j--) {
    const k = Math.floor(random() * (j + 1));
    [pool[j], pool[k]] = [pool[k]!, pool[j]!];
  }
  const abstract = pool.slice(0, Math.max(4, Math.ceil(pool.length * 0.7))).join(' ');
  const words = real[base]!.title.split(' ');
  const title = `${words.slice(0, Math.max(2, Math.ceil(words.length * 0.7))).join(' ')} ${pick(real).title.split(' ').slice(-2).join(' ')} ${i}`;
  const slug = `synthetic-${i}`;
  papers.push({
    key: slug,
    slug,
    title,
    abstract: [{ type: 'text', value: abstract }],
    abstractText: abstract,
    codeLinks: [],
    dumps: ['synthetic'],
    firstSeen: 'synthetic',
    occurrences: [{ dump: 'synthetic', line: i + 1 }],
    original: { title, abstract },
  });
}
const start = performance.now();
const result = enrichCatalogue(papers);
const seconds = (performance.now() - start) / 1000;
const largest = Math.max(...result.topics.map((t) => t.papers.length)) / n;
const misc = result.topics.find((t) => t.miscellany)?.papers.length ?? 0;
console.log(
  JSON.stringify({ n, seconds: Number(seconds.toFixed(1)), heapMiB: Math.round(process.memoryUsage().rss / 2 ** 20), ...result.quality, largest, misc, keywords: result.keywords.length }),
);
