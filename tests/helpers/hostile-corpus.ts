/**
 * A corpus of broken and hostile dumps, built in memory (the big ones are generated,
 * never committed). Each case mixes its bad input with valid records so a test can
 * check that the bad part is reported and every valid record still becomes a paper.
 */
import type { DumpFile } from '../../scripts/lib/model.ts';

/** A valid title/abstract pair, as it would appear on two lines of a dump. */
export interface ValidRecord {
  title: string;
  abstract: string;
}

/** What the report must say about something skipped. */
export interface ExpectedSkip {
  /** Dump file name. */
  file: string;
  /** 1-based line, when the skip is about one line (whole-file skips have none). */
  line?: number;
  /** The reason, as a pattern over the diagnostic message. */
  reason: RegExp;
}

/** One case of the corpus. */
export interface HostileCase {
  name: string;
  /** The dumps of the case: the broken one(s) and the dumps of valid records around them. */
  dumps: DumpFile[];
  /** Titles (as cleaned) that must each be exactly one paper. */
  validTitles: string[];
  /** Warnings the report must contain. */
  skips: ExpectedSkip[];
  /** Abstract text (as cleaned) expected for some titles, e.g. a joined split abstract. */
  abstracts?: Record<string, string>;
}

const encoder = new TextEncoder();
/** UTF-8 bytes of a text. */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** The page chrome a real dump starts with. */
export const CHROME_HEAD = 'Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe';

const SUBJECTS = ['Sparse', 'Robust', 'Efficient', 'Calibrated', 'Scalable', 'Contrastive', 'Causal', 'Federated', 'Hierarchical', 'Adaptive'];
const METHODS = ['Graph Transformers', 'Diffusion Samplers', 'Speech Adapters', 'Retrieval Models', 'Policy Gradients', 'Protein Encoders', 'Vision Backbones', 'Language Agents', 'Tabular Learners', 'Point Cloud Networks'];
const DOMAINS = ['Molecular Design', 'Long Documents', 'Medical Imaging', 'Robot Control', 'Code Search', 'Weather Forecasting', 'Legal Reasoning', 'Audio Tagging', 'Traffic Prediction', 'Satellite Images'];

/**
 * The `index`-th valid record: a distinct title and a plain abstract of five sentences
 * (over 60 words), shaped like the feed's records. Deterministic.
 *
 * @param index Any non-negative integer; titles are distinct for indexes below 1000, and
 *   a number is appended after that.
 */
export function validRecord(index: number): ValidRecord {
  const subject = SUBJECTS[index % 10] as string;
  const method = METHODS[Math.floor(index / 10) % 10] as string;
  const domain = DOMAINS[Math.floor(index / 100) % 10] as string;
  const suffix = index >= 1000 ? ` ${Math.floor(index / 1000)}` : '';
  const title = `${subject} ${method} for ${domain}${suffix}`;
  const lower = method.toLowerCase();
  const abstract =
    `We study ${subject.toLowerCase()} ${lower} for ${domain.toLowerCase()}, a setting where current methods are slow and brittle. ` +
    `Our approach combines a simple training objective with a careful choice of architecture and data augmentation. ` +
    `Across six public benchmarks it improves accuracy by a clear margin while using fewer parameters than strong baselines. ` +
    `We analyse failure cases, measure the cost of each component, and show that the gains hold under distribution shift. ` +
    `Code, trained models and evaluation scripts are released to support future work on ${domain.toLowerCase()}.`;
  return { title, abstract };
}

/** Records `from` … `from + count - 1` as dump lines (title line, abstract line, …). */
export function recordLines(from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => validRecord(from + i)).flatMap(({ title, abstract }) => [title, abstract]);
}

/** Titles of records `from` … `from + count - 1`. */
export function recordTitles(from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => validRecord(from + i).title);
}

/** A dump of valid records only, named to sort after the hostile dumps of a case. */
function validDump(name: string, from: number, count: number): DumpFile {
  return { name, bytes: utf8(`${CHROME_HEAD}\n${recordLines(from, count).join('\n')}\n`) };
}

/** 1-based line of a record's title in a dump made of `CHROME_HEAD` then `recordLines`. */
const titleLine = (position: number): number => 4 + 2 * position;

/** A deterministic byte source (xorshift32), so "random" garbage is the same on every run. */
function seededBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

/** UTF-16 bytes with a byte order mark. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    bytes.set(endian === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return bytes;
}

/** Windows-1252 bytes of a text made of Latin-1 letters only (no 0x80–0x9F specials needed here). */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (code > 0xff) throw new Error(`Cannot encode ${char} as Latin-1: expected a code below 256`);
    return code;
  });
}

/**
 * The corpus. Valid records are numbered so each case has its own titles: the hostile
 * dump holds records 0–2 of its block around the bad input, the companion dump 3–5.
 * Cases that need megabytes (`one-megabyte-line`) are included; the 50 MB dump and the
 * 10,000 copies are separate generators so a test can time them on their own.
 */
export function hostileCorpus(): HostileCase[] {
  const cases: HostileCase[] = [];
  let block = 0;
  const add = (
    name: string,
    build: (ctx: { file: string; before: string[]; after: string[]; beforeTitles: string[]; afterTitles: string[]; base: number }) => {
      bytes: Uint8Array;
      skips: ExpectedSkip[];
      extraTitles?: string[];
      dropHostileRecords?: boolean;
      abstracts?: Record<string, string>;
      fileName?: string;
    },
  ): void => {
    const base = 10 * block++;
    const file = `050_${name}.txt`;
    const built = build({
      file,
      base,
      before: recordLines(base, 2),
      after: recordLines(base + 2, 1),
      beforeTitles: recordTitles(base, 2),
      afterTitles: recordTitles(base + 2, 1),
    });
    const hostileName = built.fileName ?? file;
    const companion = validDump(`090_${name}-valid.txt`, base + 3, 3);
    cases.push({
      name,
      dumps: [{ name: hostileName, bytes: built.bytes }, companion],
      validTitles: [
        ...(built.dropHostileRecords ? [] : [...recordTitles(base, 3)]),
        ...(built.extraTitles ?? []),
        ...recordTitles(base + 3, 3),
      ],
      skips: built.skips,
      ...(built.abstracts ? { abstracts: built.abstracts } : {}),
    });
  };
  const lines = (...parts: (string | string[])[]): string => `${parts.flat().join('\n')}\n`;

  add('empty', ({ file }) => ({ bytes: new Uint8Array(0), skips: [{ file, reason: /empty dump/ }], dropHostileRecords: true }));

  add('only-chrome', () => ({
    bytes: utf8(lines(CHROME_HEAD, 'byAK and the research community', 'Mar 17', 'March 17, 2025', 'new')),
    // Known chrome is dropped silently: the summary shows 0 records for the dump.
    skips: [],
    dropHostileRecords: true,
  }));

  add('binary-garbage', ({ file }) => ({ bytes: seededBytes(64 * 1024, 7), skips: [
      { file, reason: /not valid UTF-8: decoded as Windows-1252/ },
      { file, reason: /binary content.*whole dump skipped/ },
    ], dropHostileRecords: true }));

  add('nul-bytes', ({ file, before, after }) => ({
    bytes: utf8(lines(CHROME_HEAD, before.map((line, i) => (i === 1 ? `${line.slice(0, 20)}\0\0${line.slice(20)}` : line)), after).replace('Subscribe', 'Sub\0scribe')),
    skips: [{ file, reason: /stripped 3 NUL/ }],
  }));

  add('utf-16le-bom', ({ before, after }) => ({ bytes: utf16(lines(CHROME_HEAD, before, after), 'le'), skips: [] }));
  add('utf-16be-bom', ({ before, after }) => ({ bytes: utf16(lines(CHROME_HEAD, before, after), 'be'), skips: [] }));

  add('windows-1252', ({ file, before, after }) => {
    const title = 'Café Résumé Naïve Modèles for Señor Données';
    const abstract = validRecord(999).abstract.replace('We study', 'Les modèles naïfs: we study');
    return {
      bytes: latin1(lines(CHROME_HEAD, before, title, abstract, after)),
      skips: [{ file, reason: /not valid UTF-8: decoded as Windows-1252/ }],
      extraTitles: [title],
    };
  });

  add('mixed-line-endings', ({ before, after }) => {
    const all = [...CHROME_HEAD.split('\n'), ...before, ...after];
    const endings = ['\r\n', '\r', '\n'];
    return { bytes: utf8(all.map((line, i) => `${line}${endings[i % 3]}`).join('')), skips: [] };
  });

  add('one-megabyte-line', ({ file, before, after }) => ({
    // Line 9: after chrome (lines 1–3), two records (4–7) and a blank line (8).
    bytes: utf8(lines(CHROME_HEAD, before, '', 'x'.repeat(1_048_576), after)),
    skips: [{ file, line: 9, reason: /1048576 characters, too long for a title and not prose/ }],
  }));

  add('one-megabyte-prose-line-without-title', ({ file, before, after }) => ({
    bytes: utf8(lines(CHROME_HEAD, before, 'Padding words go here. '.repeat(45_600).trim(), after)),
    skips: [{ file, line: 8, reason: /abstract with no title before it/ }],
  }));

  add('title-without-abstract-at-end', ({ file, before, after }) => ({
    bytes: utf8(lines(CHROME_HEAD, before, after, 'A Lonely Title That Lost Its Abstract')),
    skips: [{ file, line: 10, reason: /title with no abstract at the end of the dump/ }],
  }));

  add('two-titles-in-a-row', ({ file, before, after }) => ({
    bytes: utf8(lines(CHROME_HEAD, before, 'An Orphan Title Before Another One', after)),
    skips: [{ file, line: 8, reason: /not followed by an abstract/ }],
  }));

  add('two-abstracts-in-a-row', ({ file, before, after, base }) => ({
    bytes: utf8(lines(CHROME_HEAD, before, validRecord(base + 900).abstract, after)),
    skips: [{ file, line: 8, reason: /abstract with no title before it/ }],
  }));

  add('abstract-split-over-two-lines', ({ before, after, afterTitles }) => {
    const [title, abstract] = after as [string, string];
    const cut = abstract.indexOf(' while using');
    return {
      bytes: utf8(lines(CHROME_HEAD, before, title, abstract.slice(0, cut), abstract.slice(cut + 1))),
      skips: [],
      abstracts: { [afterTitles[0] as string]: abstract },
    };
  });

  add('unknown-chrome-between-records', ({ file, before, after }) => ({
    bytes: utf8(lines(CHROME_HEAD, before[0] as string, before[1] as string, '★ 1.2k stars', 'Sponsored', '42 upvotes', before.slice(2), after)),
    skips: [
      { file, line: 6, reason: /looks like page chrome/ },
      { file, line: 7, reason: /not followed by an abstract/ },
      { file, line: 8, reason: /looks like page chrome/ },
    ],
  }));

  add('name-sorts-first', ({ before, after }) => ({ bytes: utf8(lines(CHROME_HEAD, before, after)), skips: [], fileName: '!000-early.txt' }));

  return cases;
}

/**
 * One dump holding `copies` copies of the same valid record, plus one other record at
 * the end that must survive.
 */
export function repeatedRecordDump(copies: number): { dump: DumpFile; title: string; lastTitle: string } {
  const { title, abstract } = validRecord(500);
  const last = validRecord(501);
  const body = `${CHROME_HEAD}\n${`${title}\n${abstract}\n`.repeat(copies)}${last.title}\n${last.abstract}\n`;
  return { dump: { name: '060_repeated.txt', bytes: utf8(body) }, title, lastTitle: last.title };
}

/**
 * A dump of about `megabytes` MB: chrome, then valid records cycling through `distinct`
 * titles, with a junk line and an unknown chrome line every 1000 records.
 *
 * @returns The dump, the distinct titles it holds and how many junk lines were written.
 */
export function largeDump(megabytes: number, distinct: number): { dump: DumpFile; titles: string[]; junkLines: number } {
  const target = megabytes * 1_048_576;
  const parts: string[] = [`${CHROME_HEAD}\n`];
  let size = parts[0]!.length;
  let junkLines = 0;
  for (let i = 0; size < target; i++) {
    const { title, abstract } = validRecord(2000 + (i % distinct));
    let chunk = `${title}\n${abstract}\n`;
    if (i % 1000 === 999) {
      chunk += `${'#'.repeat(500)}\n`;
      junkLines++;
    }
    parts.push(chunk);
    size += chunk.length;
  }
  return { dump: { name: '070_large.txt', bytes: utf8(parts.join('')) }, titles: recordTitles(2000, distinct), junkLines };
}

/** A hostile record for the built site: code in every language the text reaches, in title and abstract. */
export interface HostileSiteRecord {
  title: string;
  abstract: string;
}

/** The file the MDX expression in {@link HOSTILE_SITE_RECORDS} would write if it ever ran. */
export const PWNED_FILE = '/tmp/atlas-pwned';

const ABSTRACT_TAIL =
  'We evaluate robust escaping of untrusted text in static site generators across page templates, search indexes, feeds and exports. ' +
  'Results show that escaping hostile markup keeps every page safe while the text stays readable for every reader of the catalogue.';

/**
 * Records whose titles and abstracts are code: HTML, MDX expressions and ESM, JSX, Markdown
 * links, YAML frontmatter breakers and anchors, JSON-LD breakers, `javascript:` URLs and
 * Unicode tricks (bidi overrides, zero-width joiners, homoglyphs). Each title starts with a
 * letter so the parser takes it for a title, not page chrome.
 */
export const HOSTILE_SITE_RECORDS: readonly HostileSiteRecord[] = [
  {
    title: 'Escaping </script><script>alert(1)</script> Attention <img src=x onerror=alert(2)>',
    abstract: `</script><script>alert(3)</script> <img src=x onerror=alert(4)> <svg onload=alert(5)> <iframe src="javascript:alert(6)"></iframe> ${ABSTRACT_TAIL}`,
  },
  {
    title: `MDX {process.getBuiltinModule('fs').writeFileSync('${PWNED_FILE}','x')} Expressions`,
    abstract: `import fs from "node:fs" {process.getBuiltinModule('fs').writeFileSync('${PWNED_FILE}','x')} export const a = 1 <Foo bar={alert(7)} /> {/* hidden */} ${ABSTRACT_TAIL}`,
  },
  {
    title: 'Frontmatter --- Breakers &anchor *alias: yes # not a comment',
    abstract: `---\ttitle: pwned --- &a [1, 2] *a !!js/function "x" [click me](javascript:alert(8)) <javascript:alert(9)> ![img](https://evil.example/x.png) ${ABSTRACT_TAIL}`,
  },
  {
    title: 'JSON-LD "},{"@type":"Evil</script><script>alert(10)</script> Breakers',
    abstract: `"}]}</script><script type="application/ld+json">{"@type":"Evil"}</script> <!-- comment --> <![CDATA[ x ]]> &amp; &#x3C;b&#x3E; ${ABSTRACT_TAIL}`,
  },
  {
    title: 'Pаypal Homoglyph \u202eTitle Override\u202c With Zero\u200dWidth Joiners',
    abstract: `Bidi \u202egnissecorp\u202c and \u2066isolates\u2069 with zero\u200dwidth\u200bspaces and homoglyphs like Pаypal and ｅxample. ${ABSTRACT_TAIL}`,
  },
];

/** The hostile records as a dump between page chrome. */
export function hostileSiteDump(): string {
  return `${CHROME_HEAD}\n${HOSTILE_SITE_RECORDS.flatMap(({ title, abstract }) => [title, abstract]).join('\n')}\n`;
}
