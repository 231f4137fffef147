import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonParseLiteralText } from '../../../src/lib/json-parse-literal.ts';

/** The module Astro makes of a content store whose JSON text is `text`. */
const storeModule = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

describe('jsonParseLiteralText', () => {
  it('gives back the JSON text of the store module', () => {
    const text = JSON.stringify([['Map', 1, 2], 'papers', { html: '<p>Schrödinger \\"quoted\\" 90%</p>' }]);
    expect(jsonParseLiteralText(storeModule(text))).toBe(text);
    expect(jsonParseLiteralText(`${storeModule(text)};\n`)).toBe(text);
  });

  it('gives back any text, whatever characters it holds', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => jsonParseLiteralText(storeModule(text)) === text));
  });

  it.each([
    ['another default export', 'export default new Map()'],
    ['a variable', 'export default JSON.parse(someVariable)'],
    ['an unterminated literal', 'export default JSON.parse("unterminated)'],
    ['a concatenation', 'export default JSON.parse("a" + "b")'],
    ['a single-quoted literal', "export default JSON.parse('a')"],
    ['a literal ending in an escape', 'export default JSON.parse("ends in an escape\\")'],
    ['more code after the call', 'export default JSON.parse("[]"); console.log(1)'],
  ])('leaves %s alone', (_, code) => {
    expect(jsonParseLiteralText(code)).toBeUndefined();
  });
});
