import type { CleanRecord, RawRecord } from '../model.ts';
import { decodeCharacterReferences } from './decode-character-references.ts';
import { extractCodeLinks } from './extract-code-links.ts';
import { normalizeText } from './normalize-text.ts';
import { inlineToText, inlineToTitleText, repairLatex } from './repair-latex.ts';

/** A label some listings put before the abstract ("Abstract: We …"), not part of it. */
const ABSTRACT_LABEL = /^abstract\s*[:.\u2013\u2014-]\s*(?=\S)/i;

/**
 * Clean one record: decode HTML character references, normalise the text, repair damaged LaTeX,
 * find code links.
 *
 * The title becomes plain text (emphasis unwrapped, simple math as readable text); the
 * abstract, without a leading "Abstract:" label, becomes inline runs plus their plain text. The raw title and abstract are kept
 * untouched in `original`. Cleaning is not escaping: `<script>` stays `<script>`.
 *
 * @param raw A record as parsed from a dump.
 */
export function cleanRecord(raw: RawRecord): CleanRecord {
  const title = normalizeText(inlineToTitleText(repairLatex(normalizeText(decodeCharacterReferences(raw.title)))));
  const abstract = repairLatex(normalizeText(decodeCharacterReferences(raw.abstract)).replace(ABSTRACT_LABEL, ''));
  const abstractText = inlineToText(abstract);
  return {
    dump: raw.dump,
    line: raw.line,
    title,
    abstract,
    abstractText,
    codeLinks: extractCodeLinks(abstractText),
    original: { title: raw.title, abstract: raw.abstract },
  };
}
