import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { Diagnostic } from '../model.ts';

/** File name diagnostics about the curation file carry. */
export const CURATION_FILE = 'curation.yaml';

/** Every rule carries the 1-based line it was written on, so later stages can name it. */
interface Located {
  line: number;
}

/** Put a paper in a topic, whatever the clustering says. */
export interface PinRule extends Located {
  paper: string;
  topic: string;
}
/** Replace a paper's title; its slug (URL) stays what it was. */
export interface TitleRule extends Located {
  paper: string;
  title: string;
}
/** Leave a paper out of the published catalogue; its URL then redirects to its former topic. */
export interface HideRule extends Located {
  paper: string;
}
/** Keyphrases to add to (as written) or drop from (by slug or phrase) one paper. */
export interface KeywordRule extends Located {
  paper: string;
  add: string[];
  drop: string[];
}
/** A new label and/or a fixed slug for a topic, named by its current slug. */
export interface TopicRule extends Located {
  topic: string;
  label?: string;
  slug?: string;
}
/** Papers that are one paper: all but the first seen are merged into it. */
export interface MergeRule extends Located {
  papers: string[];
}

/** The rules of `content/curation.yaml`. */
export interface CurationRules {
  pins: PinRule[];
  titles: TitleRule[];
  hidden: HideRule[];
  keywords: KeywordRule[];
  topics: TopicRule[];
  merges: MergeRule[];
}

/** Result of {@link parseCuration}. */
export interface ParsedCuration {
  rules: CurationRules;
  /** Syntax errors, unknown fields and contradictions, each with its line. */
  diagnostics: Diagnostic[];
}

/** No rules at all: what a missing curation file means. */
export const NO_CURATION: CurationRules = Object.freeze({
  pins: [],
  titles: [],
  hidden: [],
  keywords: [],
  topics: [],
  merges: [],
}) as CurationRules;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PAPER_FIELDS = new Set(['topic', 'title', 'hide', 'keywords']);
const TOPIC_FIELDS = new Set(['label', 'slug']);
const SECTIONS = new Set(['papers', 'topics', 'merge']);

/**
 * Reads the curation file: YAML text → rules, each with its line, plus
 * diagnostics for everything that cannot be applied as written.
 *
 * Checks what the text alone can tell: syntax (duplicate keys, so a paper
 * pinned twice), shapes, slugs, and contradictions (hidden and pinned, a paper
 * in two merges, a keyword both added and dropped, two topics given the same
 * slug or label). Whether the slugs exist is checked where the rules are
 * applied. A rule with an error is left out; the others still apply.
 *
 * @param text The YAML text (empty or comments only means no rules).
 * @param file File name for diagnostics.
 */
export function parseCuration(text: string, file: string = CURATION_FILE): ParsedCuration {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  const lineOf = (node: Node | Pair | null | undefined): number => {
    const range = node && (isPair(node) ? (node.key as Node | null)?.range : node.range);
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  const error = (line: number, message: string) => diagnostics.push({ file, line, severity: 'error', message });
  const rules: CurationRules = { pins: [], titles: [], hidden: [], keywords: [], topics: [], merges: [] };

  for (const problem of document.errors) {
    error(lineCounter.linePos(problem.pos[0]).line, problem.message.split('\n')[0] ?? problem.message);
  }
  if (document.errors.length > 0) return { rules, diagnostics };
  const root = document.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { rules, diagnostics };
  if (!isMap(root)) {
    error(lineOf(root), 'expected a mapping with `papers`, `topics` and/or `merge`');
    return { rules, diagnostics };
  }

  for (const section of root.items) {
    const name = scalarText(section.key);
    const line = lineOf(section.key as Node);
    if (name === undefined || !SECTIONS.has(name)) {
      error(line, `unknown section "${name ?? '?'}": expected papers, topics or merge`);
      continue;
    }
    const value = section.value as Node | null;
    if (value === null || (isScalar(value) && value.value === null)) continue;
    if (name === 'merge') readMerges(value, rules, error, lineOf);
    else if (!isMap(value)) error(lineOf(value), `expected \`${name}\` to be a mapping from slug to fields`);
    else if (name === 'papers') for (const item of value.items) readPaper(item, rules, error, lineOf);
    else for (const item of value.items) readTopic(item, rules, error, lineOf);
  }
  checkContradictions(rules, error);
  return { rules, diagnostics };
}

type Report = (line: number, message: string) => void;
type LineOf = (node: Node | Pair | null | undefined) => number;

function readPaper(item: Pair, rules: CurationRules, error: Report, lineOf: LineOf): void {
  const paper = scalarText(item.key);
  const line = lineOf(item.key as Node);
  if (paper === undefined || !SLUG.test(paper)) {
    error(line, `expected a paper slug, got "${paper ?? '?'}"`);
    return;
  }
  if (!isMap(item.value)) {
    error(line, `expected fields (topic, title, hide, keywords) for paper "${paper}"`);
    return;
  }
  for (const field of item.value.items) {
    const name = scalarText(field.key) ?? '?';
    const fieldLine = lineOf(field.key as Node);
    const value = field.value as Node | null;
    if (!PAPER_FIELDS.has(name)) {
      error(fieldLine, `unknown field "${name}" for paper "${paper}": expected topic, title, hide or keywords`);
    } else if (name === 'topic') {
      const topic = scalarText(value);
      if (topic === undefined || !SLUG.test(topic)) error(fieldLine, `expected a topic slug for paper "${paper}", got "${topic ?? '?'}"`);
      else rules.pins.push({ paper, topic, line: fieldLine });
    } else if (name === 'title') {
      const title = scalarText(value)?.trim();
      if (!title) error(fieldLine, `expected a non-empty title for paper "${paper}"`);
      else rules.titles.push({ paper, title, line: fieldLine });
    } else if (name === 'hide') {
      if (!isScalar(value) || typeof value.value !== 'boolean') error(fieldLine, `expected hide: true or false for paper "${paper}"`);
      else if (value.value) rules.hidden.push({ paper, line: fieldLine });
    } else {
      readKeywords(paper, value, fieldLine, rules, error, lineOf);
    }
  }
}

function readKeywords(paper: string, value: Node | null, line: number, rules: CurationRules, error: Report, lineOf: LineOf): void {
  if (!isMap(value)) {
    error(line, `expected keywords: { add: [...], drop: [...] } for paper "${paper}"`);
    return;
  }
  const rule: KeywordRule = { paper, add: [], drop: [], line };
  for (const field of value.items) {
    const name = scalarText(field.key);
    const fieldLine = lineOf(field.key as Node);
    if (name !== 'add' && name !== 'drop') {
      error(fieldLine, `unknown field "${name ?? '?'}" in keywords of "${paper}": expected add or drop`);
      continue;
    }
    const list = stringList(field.value as Node | null);
    if (list === undefined) error(fieldLine, `expected a list of keyphrases in keywords.${name} of "${paper}"`);
    else rule[name].push(...list);
  }
  const both = rule.add.filter((phrase) => rule.drop.some((dropped) => sameKeyword(dropped, phrase)));
  if (both.length > 0) {
    error(line, `keyword "${both[0]}" of paper "${paper}" is both added and dropped`);
    return;
  }
  if (rule.add.length > 0 || rule.drop.length > 0) rules.keywords.push(rule);
}

function readTopic(item: Pair, rules: CurationRules, error: Report, lineOf: LineOf): void {
  const topic = scalarText(item.key);
  const line = lineOf(item.key as Node);
  if (topic === undefined || !SLUG.test(topic)) {
    error(line, `expected a topic slug, got "${topic ?? '?'}"`);
    return;
  }
  if (!isMap(item.value)) {
    error(line, `expected fields (label, slug) for topic "${topic}"`);
    return;
  }
  const rule: TopicRule = { topic, line };
  for (const field of item.value.items) {
    const name = scalarText(field.key) ?? '?';
    const fieldLine = lineOf(field.key as Node);
    const value = scalarText(field.value as Node | null)?.trim();
    if (!TOPIC_FIELDS.has(name)) error(fieldLine, `unknown field "${name}" for topic "${topic}": expected label or slug`);
    else if (name === 'label') {
      if (!value) error(fieldLine, `expected a non-empty label for topic "${topic}"`);
      else rule.label = value;
    } else if (value === undefined || !SLUG.test(value)) {
      error(fieldLine, `expected a lowercase ASCII slug for topic "${topic}", got "${value ?? '?'}"`);
    } else rule.slug = value;
  }
  if (rule.label !== undefined || rule.slug !== undefined) rules.topics.push(rule);
}

function readMerges(value: Node, rules: CurationRules, error: Report, lineOf: LineOf): void {
  if (!isSeq(value)) {
    error(lineOf(value), 'expected `merge` to be a list of lists of paper slugs');
    return;
  }
  for (const group of value.items as Node[]) {
    const line = lineOf(group);
    const papers = stringList(group);
    if (papers === undefined || papers.length < 2 || papers.some((slug) => !SLUG.test(slug))) {
      error(line, 'expected a merge to list at least two paper slugs, e.g. [paper-a, paper-b]');
      continue;
    }
    if (new Set(papers).size !== papers.length) {
      error(line, `merge lists the same paper twice: ${papers.join(', ')}`);
      continue;
    }
    rules.merges.push({ papers, line });
  }
}

function checkContradictions(rules: CurationRules, error: Report): void {
  const hidden = new Map(rules.hidden.map((rule) => [rule.paper, rule]));
  rules.pins = rules.pins.filter((pin) => {
    if (!hidden.has(pin.paper)) return true;
    error(pin.line, `paper "${pin.paper}" is both hidden (line ${hidden.get(pin.paper)?.line}) and pinned to "${pin.topic}"`);
    return false;
  });
  const mergedAt = new Map<string, number>();
  rules.merges = rules.merges.filter((merge) => {
    const again = merge.papers.find((paper) => mergedAt.has(paper));
    if (again !== undefined) {
      error(merge.line, `paper "${again}" is already merged on line ${mergedAt.get(again)}: list all its copies in one merge`);
      return false;
    }
    const hiddenOne = merge.papers.find((paper) => hidden.has(paper));
    if (hiddenOne !== undefined) {
      error(merge.line, `paper "${hiddenOne}" is both hidden (line ${hidden.get(hiddenOne)?.line}) and merged`);
      return false;
    }
    for (const paper of merge.papers) mergedAt.set(paper, merge.line);
    return true;
  });
  const seenSlug = new Map<string, TopicRule>();
  const seenLabel = new Map<string, TopicRule>();
  const renamed = new Set(rules.topics.filter((rule) => rule.slug !== undefined && rule.slug !== rule.topic).map((rule) => rule.topic));
  rules.topics = rules.topics.filter((rule) => {
    const slugOwner = rule.slug === undefined ? undefined : seenSlug.get(rule.slug);
    const labelOwner = rule.label === undefined ? undefined : seenLabel.get(rule.label.toLowerCase());
    const clash = slugOwner ?? labelOwner;
    if (clash !== undefined) {
      const what = slugOwner ? `slug "${rule.slug}"` : `label "${rule.label}"`;
      error(rule.line, `topics "${clash.topic}" (line ${clash.line}) and "${rule.topic}" are both given the ${what}`);
      return false;
    }
    if (rule.slug !== undefined && rule.slug !== rule.topic && renamed.has(rule.slug)) {
      error(rule.line, `topic "${rule.topic}" is given the slug "${rule.slug}", which is itself renamed: give the final slug`);
      return false;
    }
    if (rule.slug !== undefined) seenSlug.set(rule.slug, rule);
    if (rule.label !== undefined) seenLabel.set(rule.label.toLowerCase(), rule);
    return true;
  });
}

/** Whether two keyword spellings (slug, label or phrase) name the same keyword. */
export function sameKeyword(a: string, b: string): boolean {
  return keywordSlugOf(a) === keywordSlugOf(b);
}

/**
 * A spelling's slug-like form: lowercase ASCII words joined by `-`. Enough to
 * match `Graph Neural Networks` with `graph-neural-networks`; the apply stage
 * also matches the enrich stage's own slug of the phrase.
 */
export function keywordSlugOf(spelling: string): string {
  return spelling
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-');
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function stringList(node: Node | null): string[] | undefined {
  if (!isSeq(node)) return undefined;
  const values = (node.items as unknown[]).map(scalarText);
  return values.every((value): value is string => value !== undefined && value.trim() !== '')
    ? values.map((value) => value.trim())
    : undefined;
}
