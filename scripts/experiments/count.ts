import { loadPapers, listDumps } from '../../tests/unit/enrich/helpers/load-dumps.ts';
const ps = loadPapers();
console.log(ps.length, listDumps(), loadPapers(listDumps().slice(0,2)).length);
for (const p of ps.slice(0,3)) console.log(p.slug, '|', p.abstractText.slice(0,80));
const short = ps.filter(p => p.abstractText.split(' ').length < 40);
console.log('short', short.length, short.map(p=>p.abstractText.slice(0,60)));
