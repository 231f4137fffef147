/**
 * The find-similar index of this build, computed once from the catalogue and
 * shared by the `/similar/*.json` endpoints (each would otherwise recompute it).
 */
import { loadCatalogue } from './load-catalogue.ts';
import { buildSimilarIndex, type SimilarIndex } from './similar-index.ts';

let built: Promise<SimilarIndex> | undefined;

/** The index of the whole catalogue (memoised per build). */
export function loadSimilarIndex(): Promise<SimilarIndex> {
  built ??= loadCatalogue().then(({ papers }) => buildSimilarIndex([...papers.values()].map((entry) => entry.data)));
  return built;
}
