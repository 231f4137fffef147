import { defineCollection } from 'astro:content';
import { contentDirOf } from './lib/content-dir.ts';
import { paperEntriesLoader } from './loaders/paper-entries-loader-fs.ts';
import { paperEntrySchema } from './schemas/paper-entry.ts';

/**
 * Folder the pipeline wrote (default `content`), relative to the project root. Tests and the
 * benchmark build other catalogues by pointing `ATLAS_CONTENT_DIR` at their own folder.
 */
const contentDir = contentDirOf(process.env);

/** One entry per paper, from the generated `<content>/papers/<topic>/<slug>.mdx` files. */
const papers = defineCollection({
  loader: paperEntriesLoader({ base: `${contentDir}/papers` }),
  schema: paperEntrySchema,
});

// The rest of the catalogue is not a collection. Topics, keywords, dumps and the overview
// (`<content>/catalogue/*.json`) are read by `src/lib/read-catalogue-json-fs.ts` with their
// schemas (`src/schemas/catalogue.ts`): as `file()` collections they were 40 % of Astro's content
// store at 10,000 papers, validated, serialised, bundled and parsed again on every build. Old URLs
// (`redirects.json`) are read by `src/lib/read-redirects-fs.ts`: usually there are none, and Astro
// warns about an empty collection on every build.

export const collections = { papers };
