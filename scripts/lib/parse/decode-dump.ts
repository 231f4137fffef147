import type { Diagnostic, DumpFile } from '../model.ts';

/** Result of decoding a dump: its text (BOM removed) and what went wrong on the way. */
export interface DecodedDump {
  text: string;
  diagnostics: Diagnostic[];
}

/**
 * Above this share of control characters a dump is treated as binary and dropped.
 * Random bytes give about 13 % (32 of 256 byte values are C0 controls, plus DEL and
 * C1 controls); prose gives almost none. 5 % keeps a text with a few stray NUL bytes
 * (which are stripped with a warning instead) while rejecting images and archives.
 */
const BINARY_CONTROL_SHARE = 0.05;

/**
 * Decode the bytes of a dump to text.
 *
 * UTF-8 (with or without BOM) and UTF-16 LE/BE (with BOM, or without one when every other byte
 * is NUL, with a warning) are decoded as such. Bytes that are
 * not valid UTF-8 are decoded as Windows-1252 with a warning, unless the dump is mostly UTF-8
 * with a few broken bytes: then those are replaced with U+FFFD and the warning names their lines. Binary content gives a
 * warning and empty text; a few NUL bytes in an otherwise textual dump are stripped with a
 * warning. Never throws.
 *
 * @param file The dump as read from disk.
 * @returns The decoded text and diagnostics pinned to `file.name`.
 */
export function decodeDump(file: DumpFile): DecodedDump {
  const diagnostics: Diagnostic[] = [];
  const warn = (message: string): void => {
    diagnostics.push({ file: file.name, severity: 'warning', message });
  };
  const { bytes } = file;
  if (bytes.length === 0) {
    warn('empty dump: the file has no bytes, no records read');
    return { text: '', diagnostics };
  }

  let text = decodeBytes(bytes, warn);

  const controls = countControls(text);
  if (controls.total > 0 && controls.total / text.length > BINARY_CONTROL_SHARE) {
    warn(
      `binary content: ${controls.total} of ${text.length} characters are control characters ` +
        `(${controls.nul} NUL), expected text; whole dump skipped` +
        (controls.nul / text.length > 0.3 ? ' (UTF-16 without a byte order mark?)' : ''),
    );
    return { text: '', diagnostics };
  }
  if (controls.nul > 0) {
    text = text.replaceAll('\0', '');
    warn(`stripped ${controls.nul} NUL character(s): expected text, got a few NUL bytes`);
  }
  return { text, diagnostics };
}

function decodeBytes(bytes: Uint8Array, warn: (message: string) => void): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8OrFallback(bytes.subarray(3), warn);
  }
  if (b0 === 0xff && b1 === 0xfe) return decodeWith('utf-16le', bytes.subarray(2), warn);
  if (b0 === 0xfe && b1 === 0xff) return decodeWith('utf-16be', bytes.subarray(2), warn);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== undefined) {
    warn(`no byte order mark, but every other byte is NUL: decoded as ${utf16.toUpperCase()}`);
    return decodeWith(utf16, bytes, warn);
  }
  return decodeUtf8OrFallback(bytes, warn);
}

/** Bytes looked at to recognise UTF-16 without a byte order mark. */
const UTF16_SAMPLE_BYTES = 4096;

/**
 * `utf-16le` or `utf-16be` when the bytes look like UTF-16 text without a byte order mark: in
 * the sample, most bytes at odd offsets are NUL and almost none at even offsets (little endian:
 * Latin text is `T\0i\0…`), or the other way round; `undefined` otherwise. Binary data has
 * NULs on both sides; text in any 8-bit encoding has almost none.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
  if (length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = length / 2;
  if (oddNul / pairs >= 0.6 && evenNul / pairs <= 0.05) return 'utf-16le';
  if (evenNul / pairs >= 0.6 && oddNul / pairs <= 0.05) return 'utf-16be';
  return undefined;
}

/** Lines listed in the warning about bad UTF-8 bytes before "and N more". */
const BAD_LINES_LISTED = 10;

function decodeUtf8OrFallback(bytes: Uint8Array, warn: (message: string) => void): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const scan = scanUtf8(bytes);
    if (scan.validMultibyte > scan.badBytes) {
      // Mostly UTF-8 (accented letters and symbols decode as UTF-8) with a few broken bytes, say
      // from a cut or a bad copy: decoding it all as Windows-1252 would garble every one of them.
      const listed = scan.badLines.slice(0, BAD_LINES_LISTED).join(', ');
      const more = scan.badLines.length > BAD_LINES_LISTED ? ` and ${scan.badLines.length - BAD_LINES_LISTED} more` : '';
      warn(`invalid UTF-8 bytes on line ${listed}${more}: decoded as UTF-8, the bad bytes replaced with U+FFFD`);
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    }
    // Not UTF-8: the feed's older exports were saved from Windows tools, so Windows-1252
    // is the most likely encoding; it maps every byte, so decoding cannot fail.
    warn('not valid UTF-8: decoded as Windows-1252, check accented characters');
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Well-formed multi-byte UTF-8 sequences, bytes that are not UTF-8, and the (1-based, distinct)
 * lines holding those. Text in a single-byte encoding has almost no well-formed sequences by
 * chance, random bytes ~15 times fewer than bad ones.
 */
export function scanUtf8(bytes: Uint8Array): { validMultibyte: number; badBytes: number; badLines: number[] } {
  let validMultibyte = 0;
  let badBytes = 0;
  const badLines: number[] = [];
  let line = 1;
  const bad = () => {
    badBytes++;
    if (badLines.at(-1) !== line) badLines.push(line);
  };
  const continuation = (index: number, low = 0x80, high = 0xbf) => index < bytes.length && bytes[index]! >= low && bytes[index]! <= high;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a) line++;
      i++;
      continue;
    }
    // Lead byte → number of continuation bytes and the range allowed for the first one.
    let length = 0;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 1;
    else if (b >= 0xe0 && b <= 0xef) [length, low, high] = [2, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf];
    else if (b >= 0xf0 && b <= 0xf4) [length, low, high] = [3, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf];
    let ok = length > 0 && continuation(i + 1, low, high);
    for (let k = 2; ok && k <= length; k++) ok = continuation(i + k);
    if (ok) {
      validMultibyte++;
      i += length + 1;
    } else {
      bad();
      i++;
    }
  }
  return { validMultibyte, badBytes, badLines };
}

function decodeWith(
  encoding: 'utf-16le' | 'utf-16be',
  bytes: Uint8Array,
  warn: (message: string) => void,
): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    warn(`invalid ${encoding.toUpperCase()} after its byte order mark: bad sequences replaced with U+FFFD`);
    return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  }
}

/** Count control characters other than tab, line feed, carriage return and form feed. */
function countControls(text: string): { total: number; nul: number } {
  let total = 0;
  let nul = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) {
      nul++;
      total++;
    } else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f)) {
      total++;
    }
  }
  return { total, nul };
}
