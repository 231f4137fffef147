import { checkCatalogue } from './check/check-catalogue.ts';
import { applyKeywordCuration } from './curation/apply-curation-keywords.ts';
import { applyPaperCuration } from './curation/apply-curation-papers.ts';
import { applyTopicCuration } from './curation/apply-curation-topics.ts';
import { NO_CURATION, parseCuration } from './curation/parse-curation.ts';
import { enrichCatalogue, type EnrichOptions } from './enrich/enrich-catalogue.ts';
import { ingestDumps, type CleanedDumpStore, type IngestProgressListener } from './ingest/ingest-dumps.ts';
import type { Diagnostic, DumpFile } from './model.ts';
import { updateRedirects } from './redirects/update-redirects.ts';
import type { Catalogue } from './write/catalogue-files.ts';
import type { CatalogueState } from './write/read-catalogue-state-fs.ts';

/** Result of {@link buildCatalogue}. */
export interface CatalogueBuild {
  catalogue: Catalogue;
  /** Every diagnostic of every stage; `error`s make the catalogue wrong. */
  diagnostics: Diagnostic[];
}

/** Called after each stage with its name, so a CLI can time and report stages. */
export type StageListener = (stage: 'ingest' | 'enrich' | 'check') => void;

/**
 * The whole pure pipeline: dumps → ingest (parse, clean, dedupe, slug) →
 * curation of papers (merges, titles, hidden) → enrich (keyphrases, topics,
 * related, graphs) → curation of topics and keywords → redirects → invariant check.
 *
 * Curation rules come from `state.curation` and are applied on every build;
 * a rule that cannot be applied is an error diagnostic naming its line, and
 * the other rules still apply.
 *
 * @param dumps Dump files in any order (they are processed in file-name order).
 * @param state What the previous build published (slugs, topics, keywords, redirects) and the curation text.
 * @param onStage Optional listener told when each stage ends.
 * @param onProgress Optional listener told how far ingesting a large dump has got.
 * @param cache What earlier builds kept (`cache/pipeline-cache-fs.ts`): enrichment bases and parsed
 *   dumps; without it everything is computed (the same result, in more time).
 */
export function buildCatalogue(
  dumps: readonly DumpFile[],
  state: CatalogueState,
  onStage?: StageListener,
  onProgress?: IngestProgressListener,
  cache?: Pick<EnrichOptions, 'bases' | 'laterPapers'> & { dumps?: CleanedDumpStore },
): CatalogueBuild {
  const ingestion = ingestDumps(dumps, state.registry, onProgress, undefined, cache?.dumps);
  const parsed = state.curation === undefined ? { rules: NO_CURATION, diagnostics: [] } : parseCuration(state.curation);
  const curated = applyPaperCuration(ingestion.papers, ingestion.summaries, parsed.rules);
  onStage?.('ingest');
  const enrichment = enrichCatalogue(curated.papers, {
    dumps: curated.summaries.map((summary) => summary.id),
    lastBasis: state.lastBasis,
    published: state.previous,
    bases: cache?.bases,
    laterPapers: cache?.laterPapers,
  });
  const topical = applyTopicCuration(enrichment, curated.rules.topics, curated.rules.pins);
  const final = applyKeywordCuration(topical, curated.rules.keywords);
  onStage?.('enrich');
  const redirects = updateRedirects(state.published, state.redirects ?? [], final, curated.mergedInto);
  const invariants = checkCatalogue(curated.papers, final.papers, final.topics);
  onStage?.('check');
  return {
    catalogue: {
      papers: final.papers,
      topics: final.topics,
      keywords: final.keywords,
      graph: final.graph,
      quality: enrichment.quality,
      summaries: curated.summaries,
      registry: ingestion.registry,
      redirects,
      basis: enrichment.basis,
    },
    diagnostics: [
      ...ingestion.diagnostics,
      ...parsed.diagnostics,
      ...curated.diagnostics,
      ...enrichment.diagnostics,
      ...topical.diagnostics,
      ...final.diagnostics,
      ...invariants,
    ],
  };
}
