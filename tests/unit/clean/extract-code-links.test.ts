import { expect, test } from 'vitest';
import { extractCodeLinks } from '../../../scripts/lib/clean/extract-code-links.ts';

test.each([
  { name: 'none', text: 'No links here.', links: [] },
  { name: 'trailing period', text: 'Code: https://github.com/a/b.', links: ['https://github.com/a/b'] },
  { name: 'trailing comma and semicolon', text: 'see https://gitlab.com/a/b, and https://x.org/c;', links: ['https://gitlab.com/a/b', 'https://x.org/c'] },
  { name: 'colon and quotes', text: '"https://huggingface.co/m/n": here', links: ['https://huggingface.co/m/n'] },
  { name: 'curly quotes', text: '“https://a.io/p”.', links: ['https://a.io/p'] },
  { name: 'unbalanced closing parenthesis', text: '(code at https://github.com/a/b).', links: ['https://github.com/a/b'] },
  { name: 'balanced parentheses kept', text: 'https://en.wikipedia.org/wiki/Set_(mathematics).', links: ['https://en.wikipedia.org/wiki/Set_(mathematics)'] },
  { name: 'project page with trailing slash', text: 'Page: https://ig-llm.is.tue.mpg.de/.', links: ['https://ig-llm.is.tue.mpg.de/'] },
  { name: 'query and fragment', text: 'https://a.com/x?y=1&z=2#f.', links: ['https://a.com/x?y=1&z=2#f'] },
  { name: 'deduplicated in order', text: 'https://b.com/1 https://a.com/2 https://b.com/1.', links: ['https://b.com/1', 'https://a.com/2'] },
  { name: 'http is fine', text: 'http://old.site.org/code', links: ['http://old.site.org/code'] },
  { name: 'javascript: never', text: 'javascript:alert(1) data:text/html,x ftp://f.org/x', links: [] },
  { name: 'stops at braces and angle brackets', text: 'https://github.com/x/y{https://github.com/x/y} <https://a.org/b>', links: ['https://github.com/x/y', 'https://a.org/b'] },
  { name: 'scheme only is not a link', text: 'https:// and https://localhost', links: [] },
  { name: 'real dump: two links', text: 'https://github.com/davidbrandfonbrener/color-filter-olmo and https://huggingface.co/datasets/davidbrandfonbrener/color-filtered-c4.', links: ['https://github.com/davidbrandfonbrener/color-filter-olmo', 'https://huggingface.co/datasets/davidbrandfonbrener/color-filtered-c4'] },
])('extractCodeLinks: $name', ({ text, links }) => {
  expect(extractCodeLinks(text)).toEqual(links);
});
