import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, parseContentSecurityPolicy } from '../../../src/lib/content-security-policy.ts';

const directives = parseContentSecurityPolicy(CONTENT_SECURITY_POLICY);

describe('CONTENT_SECURITY_POLICY', () => {
  test('is the exact string the layout writes', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
  });

  test.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
  ])('%s is %j', (name, sources) => {
    expect(directives.get(name)).toEqual(sources);
  });

  test('no script may run inline, from a string, or from another origin', () => {
    const scripts = directives.get('script-src') ?? [];
    for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", '*', 'data:', 'blob:', 'http:', 'https:']) {
      expect(scripts).not.toContain(forbidden);
    }
    expect(directives.has('script-src-attr')).toBe(false);
    expect(directives.has('script-src-elem')).toBe(false);
  });

  test('every fetch directive stays on the site (no wildcard, scheme or other host)', () => {
    for (const [name, sources] of directives) {
      for (const source of sources) expect(source, name).toMatch(/^'(?:self|none|unsafe-inline|wasm-unsafe-eval)'$|^data:$/);
    }
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
  });

  test('is one line without characters that would break out of an HTML attribute', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/["<>&\n]/);
  });
});
