// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/pagefind.ts';
import { rehypeSafeContent } from './src/lib/markdown/rehype-safe-content.ts';

export default defineConfig({
  // The public address of the site, used for canonical links and structured data.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // Tests and benchmarks build other content roots side by side (see src/lib/content-root.ts);
  // each gets its own output and cache so that builds never mix their content stores.
  outDir: process.env.HYVINVOINTIPUU_OUT_DIR ?? './dist',
  cacheDir: process.env.HYVINVOINTIPUU_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), searchIndex()],
  markdown: {
    rehypePlugins: [rehypeSafeContent],
  },
  devToolbar: { enabled: false },
});
