import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeDump, scanUtf8 } from '../../../scripts/lib/parse/decode-dump.ts';

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];
const utf16 = (text: string, littleEndian: boolean): number[] =>
  [...text].flatMap((char) => {
    const code = char.charCodeAt(0);
    return littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });
const prose = 'Schrödinger bridges are fun. '.repeat(40);

describe('decodeDump', () => {
  test.each([
    { name: 'UTF-8 without BOM', bytes: utf8('Café\nNaïve'), text: 'Café\nNaïve', warnings: [] },
    { name: 'UTF-8 with BOM', bytes: [0xef, 0xbb, 0xbf, ...utf8('Café')], text: 'Café', warnings: [] },
    { name: 'UTF-16 LE with BOM', bytes: [0xff, 0xfe, ...utf16('Café', true)], text: 'Café', warnings: [] },
    { name: 'UTF-16 BE with BOM', bytes: [0xfe, 0xff, ...utf16('Café', false)], text: 'Café', warnings: [] },
    {
      name: 'Windows-1252',
      bytes: [0x93, 0x43, 0x61, 0x66, 0xe9, 0x94],
      text: '“Café”',
      warnings: ['not valid UTF-8: decoded as Windows-1252, check accented characters'],
    },
    {
      name: 'mostly UTF-8 with one broken byte: only that byte is lost',
      bytes: [...utf8('Café\nSchrödinger '), 0xe9, ...utf8(' naïve\nend')],
      text: 'Café\nSchrödinger \ufffd naïve\nend',
      warnings: ['invalid UTF-8 bytes on line 2: decoded as UTF-8, the bad bytes replaced with U+FFFD'],
    },
    {
      name: 'Windows-1252 with more accents than chance UTF-8 sequences',
      bytes: [0x43, 0x61, 0x66, 0xe9, 0x0a, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x0a, 0xc3, 0xa9],
      text: 'Café\nnaïve\nÃ©',
      warnings: ['not valid UTF-8: decoded as Windows-1252, check accented characters'],
    },
    { name: 'empty', bytes: [], text: '', warnings: ['empty dump: the file has no bytes, no records read'] },
    {
      name: 'a few NUL bytes in text are stripped',
      bytes: [...utf8(prose), 0, 0, ...utf8('end')],
      text: `${prose}end`,
      warnings: ['stripped 2 NUL character(s): expected text, got a few NUL bytes'],
    },
    {
      name: 'UTF-16 LE without BOM is recognised by its NUL bytes',
      bytes: utf16('Title line\nAbstract with café\n', true),
      text: 'Title line\nAbstract with café\n',
      warnings: ['no byte order mark, but every other byte is NUL: decoded as UTF-16LE'],
    },
    {
      name: 'UTF-16 BE without BOM too',
      bytes: utf16('Title line\nAbstract line\n', false),
      text: 'Title line\nAbstract line\n',
      warnings: ['no byte order mark, but every other byte is NUL: decoded as UTF-16BE'],
    },
    {
      name: 'NULs on both sides are binary, not UTF-16',
      bytes: [...Array.from({ length: 25 }, () => [0x41, 0, 0, 0x42]).flat()],
      text: '',
      warnings: [
        'binary content: 50 of 100 characters are control characters (50 NUL), expected text; whole dump skipped (UTF-16 without a byte order mark?)',
      ],
    },
    {
      name: 'control-heavy bytes are binary',
      bytes: [0x01, 0x02, 0x03, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47],
      text: '',
      warnings: [
        'binary content: 3 of 10 characters are control characters (0 NUL), expected text; whole dump skipped',
      ],
    },
  ])('$name', ({ bytes, text, warnings }) => {
    const result = decodeDump({ name: 'dump.txt', bytes: new Uint8Array(bytes) });
    expect(result.text).toBe(text);
    expect(result.diagnostics).toEqual(
      warnings.map((message) => ({ file: 'dump.txt', severity: 'warning', message })),
    );
  });

  test('never throws on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const result = decodeDump({ name: 'x.txt', bytes });
        expect(typeof result.text).toBe('string');
        expect(result.text.includes('\0')).toBe(false);
      }),
    );
  });
});

describe('scanUtf8', () => {
  test.each([
    { name: 'ASCII', bytes: utf8('plain\ntext'), validMultibyte: 0, badBytes: 0, badLines: [] },
    { name: 'two-, three- and four-byte characters', bytes: utf8('é → 𝛼'), validMultibyte: 3, badBytes: 0, badLines: [] },
    { name: 'a lone lead byte', bytes: [0x61, 0xc3, 0x61], validMultibyte: 0, badBytes: 1, badLines: [1] },
    { name: 'a truncated sequence at the end', bytes: [0x0a, 0xe2, 0x86], validMultibyte: 0, badBytes: 2, badLines: [2] },
    { name: 'overlong and surrogate forms are not UTF-8', bytes: [0xc0, 0xaf, 0x0a, 0xed, 0xa0, 0x80], validMultibyte: 0, badBytes: 5, badLines: [1, 2] },
    { name: 'bad bytes on one line are listed once', bytes: [0xe9, 0xe9, 0x0a, 0x0a, 0xff], validMultibyte: 0, badBytes: 3, badLines: [1, 3] },
  ])('$name', ({ bytes, validMultibyte, badBytes, badLines }) => {
    expect(scanUtf8(Uint8Array.from(bytes))).toEqual({ validMultibyte, badBytes, badLines });
  });

  test('agrees with the platform decoder on whether bytes are UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(scanUtf8(bytes).badLines.length === 0).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
