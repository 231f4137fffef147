import { loadPapers, listDumps } from '../../tests/unit/enrich/helpers/load-dumps.ts';
import { enrichCatalogue } from '../lib/enrich/enrich-catalogue.ts';
const d = listDumps();
const first = enrichCatalogue(loadPapers(d.slice(0, 2)));
const second = enrichCatalogue(loadPapers(d), { topics: first.topics.map(t => ({ slug: t.slug, label: t.label, papers: t.papers })) });
const now = new Map(second.papers.map(p => [p.slug, p.topic]));
const kept = first.papers.filter(p => now.get(p.slug) === p.topic).length;
console.log('stability', kept, first.papers.length, kept / first.papers.length, first.quality, second.quality, 'topics', first.topics.length, second.topics.length);
