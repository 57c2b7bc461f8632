// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentSecurityPolicy } from './src/config/security.ts';
import { settings } from './src/config/settings.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { browserEditor, EDITOR_FONT_FOLDER } from './src/integrations/editor.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { pruneOutput } from './src/integrations/prune-output.ts';
import { searchIndex, searchIndexFolders } from './src/integrations/pagefind.ts';
import { safeContentPlugin } from './src/lib/markdown/safe-content-plugin.ts';
import { siteAddress } from './src/integrations/site-address.ts';

export default defineConfig({
  // Every setting is read from the environment once and checked (src/config/settings.ts; the
  // README's "Settings" table). The public address of the site, used for canonical links, structured data, feeds and
  // posters; `astro build` stops without it (src/integrations/site-address.ts).
  site: settings.site ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // Tests and benchmarks build other content roots side by side (HYVINVOINTIPUU_CONTENT);
  // each gets its own output and cache so that builds never mix their content stores.
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  // Scripts and stylesheets stay files of their own, so the content security policy needs no
  // 'unsafe-inline' and a host can send the same policy as a header (src/config/security.ts).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // The output folder is kept between builds, so that pages the incremental build copies from
  // its cache are not deleted and copied back; `pruneOutput` removes what a build did not write.
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
  security: {
    csp: {
      directives: [...contentSecurityPolicy.directives],
      scriptDirective: { resources: [...contentSecurityPolicy.scriptSources] },
      styleDirective: { resources: [...contentSecurityPolicy.styleSources], hashes: [...contentSecurityPolicy.styleHashes] },
    },
  },
  integrations: [
    siteAddress(),
    contentCheck(),
    mdx(),
    pruneOutput({ writtenLater: [...searchIndexFolders, EDITOR_FONT_FOLDER, '_headers'] }),
    searchIndex(),
    hostHeaders(),
    browserEditor(),
  ],
  // Astro's own Markdown processor (Sätteri); MDX inherits it, so maintainers' pages are safe too.
  // No syntax highlighting: content has no code, and Shiki's inline styles would break the policy.
  markdown: {
    processor: satteri({ hastPlugins: [safeContentPlugin] }),
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  experimental: {
    // Pages whose `cacheKey` (src/data/cache-keys.ts) and code are unchanged are copied from
    // the previous build in `cacheDir` instead of being rendered again.
    incrementalBuild: true,
  },
});
