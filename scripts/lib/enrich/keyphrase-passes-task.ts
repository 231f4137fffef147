/**
 * The two passes of keyphrase selection over the papers' texts, split
 * between the calling thread and a worker thread for a large catalogue; each
 * extracts the candidates of its share of the papers.
 *
 * - Counting pass: each share's compact candidates, in paper order, joined.
 * - Display-form pass: each share's surface counts, added. Counts are whole
 *   numbers and labels are picked by count and spelling, so the labels are
 *   the same however the papers are split.
 */
import { runInWorker } from '../parallel/sync-worker.ts';
import { extractCandidates } from './extract-candidates.ts';
import {
  collectSurfaces,
  compactRange,
  mergeSurfaces,
  type CandidateCompactor,
  type CompactCandidates,
  type SurfaceCollector,
  type SurfaceCounts,
  type SurfaceQuery,
} from './select-keyphrases.ts';

/** A paper's text, as keyphrases are extracted from it. */
export interface TitledText {
  title: string;
  abstractText: string;
}

/** Input of {@link collectSurfacesOfTexts}. */
export interface SurfaceTaskInput {
  papers: TitledText[];
  query: SurfaceQuery;
}

/** Catalogues smaller than this run both passes on the calling thread: a worker's start-up would cost more. */
export const KEYPHRASE_WORKER_MIN_PAPERS = 3000;

/** Share of the papers given to the worker, which first starts up while the calling thread is already at work. */
const WORKER_SHARE = 0.45;

const extractFrom = (papers: readonly TitledText[]) => (i: number) => extractCandidates(papers[i]!.title, papers[i]!.abstractText);

/** Worker task of the counting pass: the compact candidates of each text. */
export function compactTexts(papers: TitledText[]): CompactCandidates[] {
  return compactRange(extractFrom(papers), 0, papers.length);
}

/** Worker task of the display-form pass: {@link collectSurfaces} over the candidates of each text. */
export function collectSurfacesOfTexts({ papers, query }: SurfaceTaskInput): SurfaceCounts {
  return collectSurfaces(extractFrom(papers), 0, papers.length, query);
}

/** The papers the worker takes: the last {@link WORKER_SHARE} of them, as plain texts. */
function workerShare(papers: readonly TitledText[]): { split: number; tail: TitledText[] } {
  const split = papers.length - Math.floor(papers.length * WORKER_SHARE);
  return { split, tail: papers.slice(split).map(({ title, abstractText }) => ({ title, abstractText })) };
}

const TASKS = new URL('./keyphrase-passes-task.ts', import.meta.url);

/** A {@link CandidateCompactor} for `papers`, split with a worker thread from `minPapers` papers on. */
export function candidateCompactor(papers: readonly TitledText[], minPapers = KEYPHRASE_WORKER_MIN_PAPERS): CandidateCompactor {
  const extract = extractFrom(papers);
  return (intern) => {
    if (papers.length < minPapers) return compactRange(extract, 0, papers.length, intern);
    const { split, tail } = workerShare(papers);
    const pending = runInWorker<CompactCandidates[]>(TASKS, 'compactTexts', tail);
    const head = compactRange(extract, 0, split, intern);
    for (const paper of pending.result()) {
      paper.keys = paper.keys.map(intern);
      head.push(paper);
    }
    return head;
  };
}

/** A {@link SurfaceCollector} for `papers`, split with a worker thread from `minPapers` papers on. */
export function surfaceCollector(papers: readonly TitledText[], minPapers = KEYPHRASE_WORKER_MIN_PAPERS): SurfaceCollector {
  const extract = extractFrom(papers);
  return (query) => {
    if (papers.length < minPapers) return collectSurfaces(extract, 0, papers.length, query);
    const { split, tail } = workerShare(papers);
    const pending = runInWorker<SurfaceCounts>(TASKS, 'collectSurfacesOfTexts', { papers: tail, query } satisfies SurfaceTaskInput);
    return mergeSurfaces(collectSurfaces(extract, 0, split, query), pending.result());
  };
}
