/**
 * The Content-Security-Policy of every page, written as a `<meta http-equiv>` tag by the base layout.
 *
 * Dump text is untrusted; the pipeline and templates keep it text, and this policy is the
 * second wall if they ever fail: no inline script, no event-handler attribute, no
 * `javascript:` URL and no request to another origin can run or load.
 *
 * - `script-src 'self' 'wasm-unsafe-eval'`: the site's own module scripts, the theme script
 *   and Pagefind's `pagefind-ui.js`/`pagefind.js`; Pagefind compiles its WebAssembly search
 *   core, which needs `'wasm-unsafe-eval'` (not `'unsafe-eval'`). No `'unsafe-inline'`: Astro
 *   must emit scripts as files (it inlines small ones unless `vite.build.assetsInlineLimit` is 0).
 * - `style-src 'self' 'unsafe-inline'`: Astro inlines small stylesheets and the graph and
 *   Pagefind UI set `style` attributes; styles cannot run code.
 * - `connect-src 'self'`: Pagefind fetches its index, fragments and WebAssembly from the site.
 * - `img-src 'self' data:`: the favicon and Pagefind's placeholder images.
 * - `object-src 'none'`, `base-uri 'none'`, `form-action 'self'`: no plugins, no `<base>`
 *   hijack, forms (the search box) only to the site. `frame-ancestors` is ignored in a meta
 *   tag, so it is left to the server.
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/**
 * The policy as the `content` of `<meta http-equiv="Content-Security-Policy">`:
 * `default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; …`.
 */
export const CONTENT_SECURITY_POLICY: string = Object.entries(CONTENT_SECURITY_POLICY_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

/**
 * The directives of a policy string, for tests and checks of built pages.
 *
 * @param policy A policy such as {@link CONTENT_SECURITY_POLICY}.
 * @returns Directive name → its sources, in order.
 */
export function parseContentSecurityPolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
