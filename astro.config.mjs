// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { buildProgress } from './src/integrations/build-progress.ts';
import { contentStoreFile } from './src/integrations/content-store-file.ts';
import { directPageWrites } from './src/integrations/direct-page-writes.ts';
import { watchCatalogueJson } from './src/integrations/watch-catalogue-json.ts';
import { siteAddressFrom } from './src/lib/site-address.ts';

// Public URL of the site (canonical links, feeds, sitemap) and the sub-path it is served under
// (`SITE_URL`, `BASE_PATH`); the workflow sets them from the repository.
const { site, base } = siteAddressFrom(process.env);

export default defineConfig({
  site,
  base,
  // Tests and the benchmark build several catalogues side by side, each with its own content store.
  ...(process.env.ATLAS_CACHE_DIR ? { cacheDir: process.env.ATLAS_CACHE_DIR } : {}),
  trailingSlash: 'always',
  integrations: [mdx(), buildProgress(), watchCatalogueJson(), contentStoreFile(), directPageWrites()],
  build: {
    format: 'directory',
    // Measured (shared/MEASUREMENTS.md): 4 concurrent page renders cut 100k-page builds by ~35 % on 2 cores.
    concurrency: 4,
  },
  vite: {
    build: {
      // scripts/build-site.ts builds the site in place (over the previous build, whose leftovers it
      // removes afterwards) and writes the site's data files into it while astro renders the pages;
      // astro must not empty it (ATLAS_KEEP_OUT_DIR=1).
      emptyOutDir: process.env.ATLAS_KEEP_OUT_DIR !== '1',
      // Never inline scripts into pages: the Content-Security-Policy allows only `script-src 'self'`.
      assetsInlineLimit: 0,
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
