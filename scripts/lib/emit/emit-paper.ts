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
  return `${serializeMdx(paperToMdast(paper)).replace(/\n*$/, '')}\n`;
}
