import { loadPapers } from '../../tests/unit/enrich/helpers/load-dumps.ts';
import { enrichCatalogue } from '../lib/enrich/enrich-catalogue.ts';
const ps = loadPapers();
const t0 = performance.now();
const r = enrichCatalogue(ps);
console.log('ms', Math.round(performance.now() - t0));
console.log(r.quality, 'largest', Math.max(...r.topics.map(t => t.papers.length)) / ps.length);
for (const t of r.topics) console.log(String(t.papers.length).padStart(3), t.npmi.toFixed(3), t.label.padEnd(40), '|', t.keywords.map(k => k.label).join(' ; '), ' G', t.graph.nodes.length, t.graph.edges.length);
console.log('graph', r.graph.nodes.length, r.graph.edges.length, 'keywords', r.keywords.length, 'diag', r.diagnostics.length);
