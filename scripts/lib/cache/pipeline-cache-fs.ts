import path from 'node:path';
import type { Basis } from '../enrich/compute-basis.ts';
import type { LaterPaperEnrichment } from '../enrich/enrich-later-papers.ts';
import type { CleanedDump } from '../ingest/ingest-dumps.ts';
import type { LaidOutGraph } from '../layout/graph-layout.ts';
import type { FileStamp } from '../write/write-content-fs.ts';
import { codeDigest } from './code-digest-fs.ts';
import { v8StoreIn, type KeyedStore } from './v8-store-fs.ts';

/** What the pipeline keeps between builds; the output never depends on it, only the time. */
export interface PipelineCache {
  /** Enrichment bases, by `basisKey`. */
  bases: KeyedStore<Basis>;
  /** Later papers enriched against a basis, by the basis's key. */
  laterPapers: KeyedStore<ReadonlyMap<string, LaterPaperEnrichment>>;
  /** Dumps parsed and cleaned, by `cleanedDumpKey`. */
  dumps: KeyedStore<CleanedDump>;
  /**
   * The files of a content folder as its last build left them (with the `paperDigest` each entry
   * was made from); keyed by the folder.
   */
  stamps: KeyedStore<Map<string, FileStamp>>;
  /** The graph layouts of a content folder's last build, by graph digest (`GraphLayouts.byGraph`); keyed by the folder. */
  layouts: KeyedStore<ReadonlyMap<string, LaidOutGraph>>;
}

/**
 * The pipeline's cache in `folder`, salted with a digest of the pipeline's code (`scripts/lib/`)
 * and the lockfile, so any change there reads nothing kept before it.
 *
 * @param root The project root.
 * @param dumpCount Dumps of the catalogue: that many cleaned dumps (and as many again) are kept.
 */
export function pipelineCacheIn(folder: string, root: string, dumpCount: number, onProblem: (message: string) => void): PipelineCache {
  const salt = codeDigest(root, ['scripts/lib'], ['package-lock.json']);
  return {
    // A basis of 10,000 papers takes ~10 MB; a basis is kept under one or two keys.
    bases: v8StoreIn<Basis>({ folder: path.resolve(folder), kind: 'basis', salt, kept: 6, onProblem }),
    laterPapers: v8StoreIn<ReadonlyMap<string, LaterPaperEnrichment>>({ folder: path.resolve(folder), kind: 'later', salt, kept: 3, onProblem }),
    dumps: v8StoreIn<CleanedDump>({ folder: path.resolve(folder), kind: 'dump', salt, kept: Math.max(64, 2 * dumpCount), onProblem }),
    stamps: v8StoreIn<Map<string, FileStamp>>({ folder: path.resolve(folder), kind: 'stamps', salt, kept: 3, onProblem }),
    layouts: v8StoreIn<ReadonlyMap<string, LaidOutGraph>>({ folder: path.resolve(folder), kind: 'layouts', salt, kept: 3, onProblem }),
  };
}
