// @ts-check
// The national site (`npm run build:national`): the forest of regions, a page and an A–Ö per
// region, one search across them and the merged open data, built from the regions' published
// summaries (`HYVINVOINTIPUU_REGION_SITES`) and not from their content. It shares the project's
// components, styles, dictionaries and `src/lib/`; its own pages are under `src/national/pages/`
// and it has no content collections. See docs/national.md.
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '../config/security.ts';
import { settings } from '../config/settings.ts';
import { hostHeaders } from '../integrations/host-headers.ts';
import { nationalSearchIndex } from '../integrations/national-search-index.ts';
import { siteAddress } from '../integrations/site-address.ts';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  srcDir: './src/national',
  site: settings.site ?? 'http://localhost:4321',
  trailingSlash: 'always',
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  security: {
    csp: {
      directives: [...contentSecurityPolicy.directives],
      scriptDirective: { resources: [...contentSecurityPolicy.scriptSources] },
      styleDirective: { resources: [...contentSecurityPolicy.styleSources], hashes: [...contentSecurityPolicy.styleHashes] },
    },
  },
  integrations: [siteAddress(), nationalSearchIndex(), hostHeaders()],
  devToolbar: { enabled: false },
});
