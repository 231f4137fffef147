import { describe, expect, test } from 'vitest';
import { serializeJsonLd } from '../../../src/lib/json-ld.ts';

describe('serializeJsonLd', () => {
  test.each([
    ['a title with </script>', { name: 'Evil </script><script>alert(1)</script>' }, '{"name":"Evil \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'],
    ['an HTML comment opener', { name: '<!-- x -->' }, '{"name":"\\u003c!-- x --\\u003e"}'],
    ['ampersands', { name: 'A & B' }, '{"name":"A \\u0026 B"}'],
    ['line and paragraph separators', { name: 'a\u2028b\u2029c' }, '{"name":"a\\u2028b\\u2029c"}'],
    ['plain text unchanged', { name: 'Diffusion Models', n: 3 }, '{"name":"Diffusion Models","n":3}'],
    ['quotes and backslashes escaped by JSON', { name: 'say "hi" \\ bye' }, '{"name":"say \\"hi\\" \\\\ bye"}'],
  ])('%s', (_, value, expected) => {
    expect(serializeJsonLd(value)).toBe(expected);
  });

  test.each([
    [{ name: 'x </script> y & z \u2028 < >' }],
    [{ '@type': 'ScholarlyArticle', keywords: ['a<b', 'c>d'], nested: { deep: '</SCRIPT>' } }],
  ])('round-trips through JSON.parse: %j', (value) => {
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  test.each([[undefined], [() => 1]])('throws on a value JSON cannot hold: %s', (value) => {
    expect(() => serializeJsonLd(value)).toThrow(/Cannot serialise JSON-LD/);
  });
});
