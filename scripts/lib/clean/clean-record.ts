import type { CleanRecord, RawRecord } from '../model.ts';
import { extractCodeLinks } from './extract-code-links.ts';
import { normalizeText } from './normalize-text.ts';
import { inlineToText, inlineToTitleText, repairLatex } from './repair-latex.ts';

/**
 * Clean one record: normalise the text, repair damaged LaTeX, find code links.
 *
 * The title becomes plain text (emphasis unwrapped, simple math as readable text); the
 * abstract becomes inline runs plus their plain text. The raw title and abstract are kept
 * untouched in `original`. Cleaning is not escaping: `<script>` stays `<script>`.
 *
 * @param raw A record as parsed from a dump.
 */
export function cleanRecord(raw: RawRecord): CleanRecord {
  const title = normalizeText(inlineToTitleText(repairLatex(normalizeText(raw.title))));
  const abstract = repairLatex(normalizeText(raw.abstract));
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
