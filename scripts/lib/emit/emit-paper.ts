import type { EnrichedPaper } from '../model.ts';
import { paperToMdast } from './paper-to-mdast.ts';
import { serializeMdx } from './serialize-mdx.ts';

/**
 * The MDX text of one generated paper entry (`content/papers/<topic>/<slug>.mdx`).
 *
 * @param paper An enriched paper with at least one occurrence.
 * @returns Frontmatter and abstract as MDX, ending with exactly one line feed;
 *   the same paper always gives the same bytes.
 */
export function emitPaper(paper: EnrichedPaper): string {
  const text = serializeMdx(paperToMdast(paper));
  // Trailing line feeds trimmed by hand: `replace(/\n*$/, '')` retries the pattern at every line feed.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return `${text.slice(0, end)}\n`;
}
