import { loadPapers } from '../../tests/unit/enrich/helpers/load-dumps.ts';
import { extractCandidates } from '../lib/enrich/extract-candidates.ts';
const ps = loadPapers();
for (const p of ps.slice(0, 3)) {
  const c = extractCandidates(p.title, p.abstractText);
  console.log(p.title, [...c.acronyms]);
  console.log([...c.candidates.values()].filter(x=>x.tokens>1 || x.isAcronym).map(x => `${x.key}:${x.count}`).join(' | '));
}
