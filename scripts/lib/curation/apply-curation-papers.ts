import type { Diagnostic, DumpSummary, Paper } from '../model.ts';
import { CURATION_FILE, type CurationRules } from './parse-curation.ts';

/** Result of {@link applyPaperCuration}. */
export interface PaperCuration {
  /** Papers to enrich and publish: merges done, titles corrected, hidden papers left out. */
  papers: Paper[];
  /** Dump summaries with merged-away papers counted as duplicates. */
  summaries: DumpSummary[];
  /** Slug of every merged-away paper → slug of the paper it was merged into (its URL redirects there). */
  mergedInto: Map<string, string>;
  /** Slugs of hidden papers. */
  hidden: string[];
  /** The rules that name papers still published, for the later stages. */
  rules: CurationRules;
  diagnostics: Diagnostic[];
}

/**
 * The curation rules that act on papers before enrichment, so keyphrases and
 * topics see the curated text: merges, title corrections, hidden papers.
 *
 * Slugs never change here: a corrected title keeps the slug of the dump title
 * (the registry is keyed by the dump title), and a merge keeps the slug of the
 * paper seen first. Every rule naming an unknown paper is an error with its
 * line; rules on a paper merged into another are errors too (name the kept one).
 *
 * @param papers Deduplicated papers in first-seen order.
 * @param summaries Per-dump summaries of the ingest stage.
 * @param rules Parsed curation rules.
 */
export function applyPaperCuration(papers: readonly Paper[], summaries: readonly DumpSummary[], rules: CurationRules): PaperCuration {
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, message: string) => diagnostics.push({ file: CURATION_FILE, line, severity: 'error', message });
  const indexOf = new Map(papers.map((paper, index) => [paper.slug, index]));
  const known = (rule: { paper: string; line: number }, what: string): boolean => {
    if (indexOf.has(rule.paper)) return true;
    error(rule.line, `cannot ${what}: no paper has the slug "${rule.paper}"`);
    return false;
  };

  const mergedInto = new Map<string, string>();
  const absorbed = new Map<number, number[]>();
  for (const merge of rules.merges) {
    const unknown = merge.papers.filter((slug) => !indexOf.has(slug));
    if (unknown.length > 0) {
      error(merge.line, `cannot merge: no paper has the slug ${unknown.map((slug) => `"${slug}"`).join(', ')}`);
      continue;
    }
    const [kept, ...others] = merge.papers.map((slug) => indexOf.get(slug) as number).sort((a, b) => a - b) as [number, ...number[]];
    absorbed.set(kept, others);
    for (const other of others) mergedInto.set((papers[other] as Paper).slug, (papers[kept] as Paper).slug);
  }
  const live = (rule: { paper: string; line: number }, what: string): boolean => {
    if (!known(rule, what)) return false;
    const into = mergedInto.get(rule.paper);
    if (into === undefined) return true;
    error(rule.line, `cannot ${what}: paper "${rule.paper}" is merged into "${into}"; name "${into}" instead`);
    return false;
  };

  const hidden = new Set(rules.hidden.filter((rule) => live(rule, 'hide')).map((rule) => rule.paper));
  const titles = new Map(rules.titles.filter((rule) => live(rule, 'correct the title')).map((rule) => [rule.paper, rule.title]));
  const pins = rules.pins.filter((rule) => live(rule, `pin to "${rule.topic}"`));
  const keywords = rules.keywords.filter((rule) => {
    if (!live(rule, 'change keywords')) return false;
    if (!hidden.has(rule.paper)) return true;
    diagnostics.push({ file: CURATION_FILE, line: rule.line, severity: 'warning', message: `keywords of hidden paper "${rule.paper}" are not published` });
    return false;
  });

  const curated: Paper[] = [];
  papers.forEach((paper, index) => {
    if (mergedInto.has(paper.slug) || hidden.has(paper.slug)) return;
    const others = (absorbed.get(index) ?? []).map((other) => papers[other] as Paper);
    const merged = others.length > 0 ? mergePapers(paper, others) : paper;
    const title = titles.get(paper.slug);
    curated.push(title === undefined ? merged : { ...merged, title });
  });

  // A merged-away paper's first record is a duplicate after all; a hidden paper is simply not listed.
  const nextSummaries = summaries.map((summary) => {
    const merged = summary.newPapers.filter((slug) => mergedInto.has(slug));
    if (merged.length === 0 && !summary.newPapers.some((slug) => hidden.has(slug))) return summary;
    return {
      ...summary,
      newPapers: summary.newPapers.filter((slug) => !mergedInto.has(slug) && !hidden.has(slug)),
      duplicates: summary.duplicates + merged.length,
    };
  });
  return {
    papers: curated,
    summaries: nextSummaries,
    mergedInto,
    hidden: [...hidden].sort(),
    rules: { ...rules, pins, keywords, titles: rules.titles.filter((rule) => titles.has(rule.paper)) },
    diagnostics,
  };
}

/** One paper made of `kept` (seen first: its slug and text win) and the copies the deduplicator missed. */
function mergePapers(kept: Paper, others: readonly Paper[]): Paper {
  const all = [kept, ...others];
  const dumps = [...new Set(all.flatMap((paper) => paper.dumps))].sort();
  const occurrences = all
    .flatMap((paper) => paper.occurrences)
    .sort((a, b) => (a.dump < b.dump ? -1 : a.dump > b.dump ? 1 : a.line - b.line));
  return {
    ...kept,
    dumps,
    occurrences,
    codeLinks: [...new Set(all.flatMap((paper) => paper.codeLinks))],
  };
}
