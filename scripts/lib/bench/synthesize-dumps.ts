import type { RawRecord } from '../model.ts';
import { titleKey } from '../dedupe/title-key.ts';
import { seededRandom } from '../enrich/seeded-random.ts';
import { splitLines } from '../parse/split-lines.ts';

/** How a real dump starts: its chrome lines and what is glued to the first title. */
export interface DumpLayout {
  /** Lines before the first title, as received (banners, button labels, blank lines). */
  header: string[];
  /** Chrome glued to the start of the first title (`Subscribe` in the feed's copy-paste). */
  glue: string;
  /** True when the dump separates titles and abstracts by blank lines. */
  blankBetween: boolean;
}

/** What synthetic dumps are recombined from: pieces of the real dumps. */
export interface SynthesisCorpus {
  /** Title heads: the words of a real title before its connector (`Learning Dynamics`). */
  heads: string[];
  /** Title tails: a connector and what follows (`with Sparse Adapters`). */
  tails: string[];
  /** Short names that precede a colon in real titles (`Halo`, `S2A`). */
  names: string[];
  /** Sentences of real abstracts with no LaTeX remnant and no link. */
  sentences: string[];
  /** Sentences of real abstracts that carry a LaTeX remnant (`{\em …}`, `\(\Delta W\)`, `$…$`). */
  latexSentences: string[];
  /** Sentences of real abstracts that carry a code link. */
  linkSentences: string[];
  /** Layouts of the real dumps. */
  layouts: DumpLayout[];
}

/** One synthetic dump. */
export interface SyntheticDump {
  /** File name, `NNNNN_<16 hex>.txt`; sorts in generation order. */
  name: string;
  text: string;
  /** Papers (title/abstract pairs) it holds. */
  papers: number;
}

/** Options of {@link synthesizeDumps}. */
export interface SynthesizeOptions {
  /** Seed of the PRNG; same seed and sizes, byte-identical dumps. */
  seed: number;
  /**
   * Papers per dump, in order. Papers are drawn from one stream, so `[...a, b]` yields the
   * dumps of `a` unchanged followed by one more: the rebuild benchmark relies on it.
   */
  dumpSizes: readonly number[];
}

/** Papers per daily dump in the real feed. */
export const PAPERS_PER_DUMP = 300;
/** Words that split a title into a head and a tail. */
const CONNECTORS = new Set(['for', 'with', 'via', 'in', 'of', 'on', 'through', 'from', 'using', 'by', 'towards', 'under', 'beyond']);
/** Real titles have 2–20 words; stay well inside so the parser never takes one for prose. */
const TITLE_MAX_WORDS = 16;
/** The parser takes a line of 31+ words for an abstract; keep synthetic ones well above. */
const ABSTRACT_MIN_WORDS = 45;
/** Share of abstracts given a sentence with a LaTeX remnant, and with a code link. */
const LATEX_SHARE = 0.2;
const LINK_SHARE = 0.25;
/** Draws before a colliding title gets one more tail appended. */
const TITLE_ATTEMPTS = 8;

/**
 * Collects the pieces synthetic dumps are made from.
 *
 * @param dumps Real dumps: their decoded text and the records the parser found in them.
 * @throws {Error} When the dumps hold no records to recombine.
 */
export function buildSynthesisCorpus(dumps: readonly { text: string; records: readonly RawRecord[] }[]): SynthesisCorpus {
  const heads = new Set<string>();
  const tails = new Set<string>();
  const names = new Set<string>();
  const sentences = new Set<string>();
  const latexSentences = new Set<string>();
  const linkSentences = new Set<string>();
  const layouts: DumpLayout[] = [];
  for (const dump of dumps) {
    const first = dump.records[0];
    if (!first) continue;
    const lines = splitLines(dump.text);
    const titleLine = lines[first.line - 1] ?? '';
    const at = titleLine.indexOf(first.title);
    layouts.push({
      header: lines.slice(0, first.line - 1),
      glue: at > 0 ? titleLine.slice(0, at).trim() : '',
      blankBetween: (lines[first.line] ?? '').trim() === '',
    });
    for (const record of dump.records) {
      const [name, body] = splitName(record.title);
      if (name) names.add(name);
      const [head, tail] = splitAtConnector(body);
      if (head) heads.add(head);
      if (tail) tails.add(tail);
      for (const sentence of splitSentences(record.abstract)) {
        if (/https?:\/\/|github\.com|4open\.science/i.test(sentence)) linkSentences.add(sentence);
        else if (/\\[A-Za-z]+|\$[^$]+\$|\{\\/.test(sentence)) latexSentences.add(sentence);
        else sentences.add(sentence);
      }
    }
  }
  if (heads.size === 0 || tails.size === 0 || sentences.size === 0) {
    throw new Error(`Cannot build a synthesis corpus: expected real records with titles and abstracts, got ${heads.size} heads, ${tails.size} tails, ${sentences.size} sentences`);
  }
  return {
    heads: [...heads],
    tails: [...tails],
    names: [...names],
    sentences: [...sentences],
    latexSentences: [...latexSentences],
    linkSentences: [...linkSentences],
    layouts,
  };
}

/**
 * Balanced dump sizes for a catalogue of `papers` papers, about `perDump` each.
 *
 * @param papers Total papers (≥ 0).
 * @param perDump Target papers per dump.
 */
export function planDumpSizes(papers: number, perDump = PAPERS_PER_DUMP): number[] {
  if (papers <= 0) return [];
  const count = Math.ceil(papers / perDump);
  const base = Math.floor(papers / count);
  return Array.from({ length: count }, (_, index) => base + (index < papers % count ? 1 : 0));
}

/**
 * Deterministic synthetic dumps recombined from real ones: titles are a real head, a real
 * tail and sometimes a real name, all distinct by the pipeline's identity key ({@link titleKey});
 * abstracts are shuffled real sentences, some with LaTeX remnants and code links; each dump
 * starts with the chrome of a real dump.
 *
 * @param corpus Pieces of the real dumps ({@link buildSynthesisCorpus}).
 * @param options Seed and dump sizes.
 */
export function synthesizeDumps(corpus: SynthesisCorpus, options: SynthesizeOptions): SyntheticDump[] {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const seen = new Set<string>();
  const nextTitle = (): string => {
    for (let extra = 0; ; extra++) {
      for (let attempt = 0; attempt < TITLE_ATTEMPTS; attempt++) {
        const name = random() < 0.3 && corpus.names.length > 0 ? `${pick(corpus.names)}: ` : '';
        const parts = [pick(corpus.heads), pick(corpus.tails)];
        for (let i = 0; i < extra; i++) parts.push(pick(corpus.tails));
        const title = capitalise(`${name}${parts.join(' ')}`);
        if (title.split(/\s+/).length > TITLE_MAX_WORDS + extra * 3) continue;
        const key = titleKey(title);
        if (seen.has(key)) continue;
        seen.add(key);
        return title;
      }
    }
  };
  const nextAbstract = (): string => {
    const chosen: string[] = [];
    let words = 0;
    while (words < ABSTRACT_MIN_WORDS || (chosen.length < 8 && random() < 0.4)) {
      const sentence = pick(corpus.sentences);
      chosen.push(sentence);
      words += sentence.split(/\s+/).length;
    }
    if (corpus.latexSentences.length > 0 && random() < LATEX_SHARE) {
      chosen.splice(Math.floor(random() * chosen.length), 0, pick(corpus.latexSentences));
    }
    if (corpus.linkSentences.length > 0 && random() < LINK_SHARE) chosen.push(pick(corpus.linkSentences));
    const text = chosen.join(' ');
    return /[.!?]$/.test(text) ? text : `${text}.`;
  };

  return options.dumpSizes.map((size, index) => {
    const layout = corpus.layouts[index % corpus.layouts.length] as DumpLayout;
    const lines = [...layout.header];
    for (let i = 0; i < size; i++) {
      const title = nextTitle();
      lines.push(i === 0 ? `${layout.glue}${title}` : title);
      if (layout.blankBetween) lines.push('');
      lines.push(nextAbstract());
      if (layout.blankBetween) lines.push('');
    }
    return { name: `${String(index).padStart(5, '0')}_${dumpHash(options.seed, index)}.txt`, text: `${lines.join('\n')}\n`, papers: size };
  });
}

/** `Name: rest` → `['Name', 'rest']` when the name is short; otherwise `['', title]`. */
function splitName(title: string): [string, string] {
  const colon = title.indexOf(': ');
  if (colon > 0 && title.slice(0, colon).split(/\s+/).length <= 3) return [title.slice(0, colon), title.slice(colon + 2)];
  return ['', title];
}

/** Splits a title at its first connector word after the first word. */
function splitAtConnector(title: string): [string, string] {
  const words = title.split(/\s+/);
  const at = words.findIndex((word, index) => index > 0 && CONNECTORS.has(word.toLowerCase()));
  if (at < 0) return [title, ''];
  return [words.slice(0, at).join(' '), words.slice(at).join(' ')];
}

/** Sentences of an abstract: breaks after `.`, `!` or `?` followed by a space and a capital. */
function splitSentences(abstract: string): string[] {
  return abstract
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(/\s+/).length >= 4);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A 16-hex-digit tag for a dump file name, from the seed and the dump's index only. */
function dumpHash(seed: number, index: number): string {
  const random = seededRandom((seed * 0x9e3779b1 + index) >>> 0);
  let hex = '';
  while (hex.length < 16) hex += Math.floor(random() * 0x10000).toString(16).padStart(4, '0');
  return hex;
}
