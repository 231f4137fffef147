import { checkCatalogue } from './check/check-catalogue.ts';
import { enrichCatalogue } from './enrich/enrich-catalogue.ts';
import { ingestDumps } from './ingest/ingest-dumps.ts';
import type { Diagnostic, DumpFile } from './model.ts';
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
 * The whole pure pipeline: dumps → ingest (parse, clean, dedupe, slug) → enrich
 * (keyphrases, topics, related, graphs) → invariant check.
 *
 * @param dumps Dump files in any order (they are processed in file-name order).
 * @param state What the previous build published (slugs, topics).
 * @param onStage Optional listener told when each stage ends.
 */
export function buildCatalogue(dumps: readonly DumpFile[], state: CatalogueState, onStage?: StageListener): CatalogueBuild {
  const ingestion = ingestDumps(dumps, state.registry);
  onStage?.('ingest');
  const enrichment = enrichCatalogue(ingestion.papers, state.previous);
  onStage?.('enrich');
  const invariants = checkCatalogue(ingestion.papers, enrichment.papers, enrichment.topics);
  onStage?.('check');
  return {
    catalogue: {
      papers: enrichment.papers,
      topics: enrichment.topics,
      keywords: enrichment.keywords,
      graph: enrichment.graph,
      quality: enrichment.quality,
      summaries: ingestion.summaries,
      registry: ingestion.registry,
    },
    diagnostics: [...ingestion.diagnostics, ...enrichment.diagnostics, ...invariants],
  };
}
