import { z } from 'astro/zod';

/** A page path relative to the site root: starts and ends with `/`. */
const sitePathSchema = z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'expected a site-relative path like /topics/x/');

/** One old URL kept working, as written to `content/redirects.json` by the pipeline. */
export const redirectSchema = z.object({
  /** Site-relative path that was published and is gone, e.g. `/topics/old/`. */
  from: sitePathSchema,
  /** Site-relative path of the live page it leads to. */
  to: sitePathSchema,
  /** What the old page was. */
  kind: z.enum(['topic', 'keyword', 'paper']),
  /** Papers the old list page held, so its later pages (`/topics/old/2/`) redirect too. */
  papers: z.number().int().nonnegative(),
});

/** A parsed redirect entry. */
export type RedirectEntry = z.infer<typeof redirectSchema>;
