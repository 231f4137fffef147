import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitJsonParseLiteral } from '../../../src/lib/split-string-literal.ts';

/** Evaluates `export default <expr>` the way the bundle would, returning the value. */
const evaluate = (moduleCode: string): unknown => new Function(`return ${moduleCode.replace(/^export default /, '').replace(/;\s*$/, '')}`)();
const storeModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

describe('splitJsonParseLiteral', () => {
  it('splits the literal into parts of about the size asked that join back to the same value', () => {
    const value = [['Map', 1, 2], 'papers', { html: '<p>Schrödinger \\"quoted\\" 90%</p>', n: 3 }, 'x'.repeat(50)];
    const code = storeModule(value);
    const split = splitJsonParseLiteral(code, 16)!;
    expect(split).toBeDefined();
    expect(evaluate(split)).toEqual(value);
    const literals = split.split('\n').slice(1, -2).map((line) => JSON.parse(line.replace(/,$/, '')) as string);
    expect(literals.length).toBeGreaterThan(3);
    // A part may run on to the end of an escape sequence (at most 5 more characters as written).
    for (const part of literals) expect(JSON.stringify(part).length - 2).toBeLessThanOrEqual(16 + 5);
  });

  it('gives back the same value for any text and any part size', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.integer())), fc.integer({ min: 1, max: 40 }), (value, size) => {
        const code = storeModule(value);
        const split = splitJsonParseLiteral(code, size);
        if (code.length <= size) return split === undefined;
        return JSON.stringify(evaluate(split!)) === JSON.stringify(value);
      }),
    );
  });

  it('keeps characters outside the BMP whole when a part boundary cuts their surrogate pair', () => {
    const value = { title: 'a😀b😀c😀d'.repeat(5) };
    for (const size of [1, 2, 3, 5, 7]) expect(evaluate(splitJsonParseLiteral(storeModule(value), size)!)).toEqual(value);
  });

  it('leaves small modules and modules of another shape alone', () => {
    expect(splitJsonParseLiteral(storeModule({ a: 1 }), 1 << 20)).toBeUndefined();
    expect(splitJsonParseLiteral('export default new Map()', 4)).toBeUndefined();
    expect(splitJsonParseLiteral('export default JSON.parse(someVariable)', 4)).toBeUndefined();
    expect(splitJsonParseLiteral('export default JSON.parse("unterminated)', 4)).toBeUndefined();
    expect(splitJsonParseLiteral('export default JSON.parse("a" + "b")', 4)).toBeUndefined();
    expect(splitJsonParseLiteral('export default JSON.parse("ends in an escape\\")', 4)).toBeUndefined();
  });
});
