import { loadPapers } from '../../tests/unit/enrich/helpers/load-dumps.ts';
import { enrichCatalogue } from '../lib/enrich/enrich-catalogue.ts';
import { PhraseOccurrenceIndex } from '../lib/enrich/phrase-occurrence-index.ts';
import { normalisePhrase } from '../lib/enrich/normalise-phrase.ts';
const ps = loadPapers();
const r = enrichCatalogue(ps);
const index = new PhraseOccurrenceIndex(ps.map(p => `${p.title}. ${p.abstractText}`));
const t = r.topics.find(t => t.label.startsWith(process.argv[2] ?? 'Differentiable'))!;
const members = new Set(t.papers.map(s => ps.findIndex(p => p.slug === s)));
for (const k of t.keywords) {
  const key = k.slug.replace(/-/g, ' ');
  const docs = index.documentsWith(key);
  console.log(k.label.padEnd(45), 'docs', docs.length, 'inTopic', [...docs].filter(d => members.has(d)).length);
}
