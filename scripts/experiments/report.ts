import { loadPapers } from '../../tests/unit/enrich/helpers/load-dumps.ts';
import { enrichCatalogue } from '../lib/enrich/enrich-catalogue.ts';
const ps = loadPapers();
const r = enrichCatalogue(ps);
const misc = r.topics.find((t) => t.miscellany);
console.log(r.quality, 'largest', Math.max(...r.topics.map((t) => t.papers.length)), 'misc', misc?.papers.length);
console.log(r.topics.map((t) => `${t.label} (${t.papers.length})`).join('; '));
for (const i of [0, 3, 120, 250, 400]) {
  const p = r.papers[i]!;
  console.log(`- ${p.title} [${p.topic}]: ${p.keywords.map((k) => k.label).join('; ')} | related ${p.related.length} top ${p.related[0]?.score}`);
}
const counts = r.papers.map((p) => p.keywords.length);
console.log('kw min', Math.min(...counts), 'max', Math.max(...counts), 'mean', (counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(2));
console.log('topic graph nodes', Math.min(...r.topics.map((t) => t.graph.nodes.length)), Math.max(...r.topics.map((t) => t.graph.nodes.length)), 'catalogue', r.graph.nodes.length, r.graph.edges.length);
