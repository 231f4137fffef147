import { z } from 'astro/zod';

/** A slug: lowercase ASCII letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase ASCII slug');

/** A keyword attached to a paper. */
export const keywordRefSchema = z.object({
  /** Stable slug of the keyword page. */
  slug: slugSchema,
  /** Display form of the keyword. */
  label: z.string().min(1),
});

/**
 * Frontmatter of one generated paper entry (`content/papers/<topic>/<slug>.mdx`).
 * The emitter writes exactly these fields; the content collection validates them.
 */
export const paperEntrySchema = z.object({
  /** Cleaned title as plain text. */
  title: z.string().min(1),
  /** URL slug; the entry id and the page `/papers/<slug>/`. Never changes once published. */
  slug: slugSchema,
  /** Slug of the paper's topic. */
  topic: slugSchema,
  /** Keyphrases, most relevant first. */
  keywords: z.array(keywordRefSchema).default([]),
  /** Related papers, most similar first, with similarity in (0, 1]. */
  related: z.array(z.object({ slug: slugSchema, score: z.number().min(0).max(1) })).default([]),
  /** Code and project links found in the abstract. */
  codeLinks: z.array(z.url({ protocol: /^https?$/ })).default([]),
  /** Ids of the dumps the paper appeared in, in dump order. */
  dumps: z.array(z.string().min(1)).min(1),
  /** Id of the dump where the paper was first seen. */
  firstSeen: z.string().min(1),
  /** Cleaned abstract as plain text (math as TeX source); used for excerpts, feeds and exports. */
  abstractText: z.string(),
  /** The first occurrence exactly as it was in the dump. */
  source: z.object({
    /** Dump id of the first occurrence. */
    dump: z.string().min(1),
    /** 1-based line of the title in that dump. */
    line: z.number().int().positive(),
    /** Title line as found in the dump. */
    title: z.string(),
    /** Abstract as found in the dump. */
    abstract: z.string(),
  }),
});

/** Parsed frontmatter of a paper entry. */
export type PaperEntry = z.infer<typeof paperEntrySchema>;
