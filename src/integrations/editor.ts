import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editorContentSecurityPolicyMeta } from '~/config/security';
import { editorConfigProblems } from '../lib/editor/validate-config';

/** The package's folder; its `exports` name only the main module (`npm/index.js`). */
const packageRoot = () => dirname(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')));

/** Where the editor's fonts are served from, instead of the CDN its stylesheets name. */
export const EDITOR_FONT_FOLDER = 'hallinta/fontit';

/**
 * The editor's interface styles name its three fonts on cdn.jsdelivr.net (beside the copies it
 * bundles); the policy would block those requests, so they are pointed at the same files served
 * by the site: `…/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2` becomes
 * `/hallinta/fontit/source-sans-3.woff2`.
 */
function fontsFromSite() {
  return {
    name: 'hyvinvointipuu:editor-fonts',
    transform(code: string, id: string) {
      if (!id.includes('@sveltia/cms/npm/index.js')) return undefined;
      return code.replace(
        /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/latin-[a-z0-9]+-normal\.woff2/g,
        (_, family: string) => `/${EDITOR_FONT_FOLDER}/${family}.woff2`,
      );
    },
  };
}

/** Copies the fonts that ship with the editor to where `fontsFromSite` points. */
function copyFonts(root: string) {
  const assets = join(packageRoot(), 'npm/assets');
  mkdirSync(join(root, EDITOR_FONT_FOLDER), { recursive: true });
  for (const file of readdirSync(assets)) {
    const family = /^([a-z0-9-]+?)-latin-[a-z0-9]+-normal-[\w-]+\.woff2$/.exec(file)?.[1];
    if (family) copyFileSync(join(assets, file), join(root, EDITOR_FONT_FOLDER, `${family}.woff2`));
  }
}

/** Checks the generated configuration against the JSON Schema that ships with the editor. */
function validateConfiguration(root: string, logger: { info(message: string): void }) {
  const schema = JSON.parse(readFileSync(join(packageRoot(), 'schema/sveltia-cms.json'), 'utf8'));
  const { cms } = JSON.parse(readFileSync(join(root, 'hallinta/asetukset.json'), 'utf8'));
  const problems = editorConfigProblems(cms, schema);
  if (problems.length) {
    const error = new AstroError(
      `Muokkaimen asetukset (dist/hallinta/asetukset.json) eivät kelpaa Sveltia CMS:lle:\n${problems.map((line) => `  ${line}`).join('\n')}`,
      'Asetukset tehdään skeemoista (src/lib/editor/editor-config.ts); korjaa sieltä se, mitä viesti nimeää.',
    );
    error.stack = '';
    throw error;
  }
  logger.info('editor configuration is valid for Sveltia CMS');
}

/**
 * The browser editor at `/hallinta/` (its script bundles Sveltia CMS with its interface texts, so
 * nothing is loaded from a CDN): serves the editor's fonts from the site, gives the editor page
 * its own content security policy, and fails the build when the generated configuration does not
 * validate against the JSON Schema that ships with the editor.
 */
export function browserEditor(): AstroIntegration {
  return {
    name: 'hyvinvointipuu:editor',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [fontsFromSite()] } });
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        copyFonts(root);
        const page = join(root, 'hallinta/index.html');
        if (existsSync(page)) {
          const policy = editorContentSecurityPolicyMeta();
          // The page's own <meta> policy is Astro's (for every page); the editor needs its own.
          const meta = /<meta http-equiv="content-security-policy" content="[^"]*">/;
          const html = readFileSync(page, 'utf8');
          // Without the rewrite the editor would meet the public pages' policy and not start.
          if (!meta.test(html)) throw new Error(`${page}: no content security policy <meta> to give the editor its own`);
          writeFileSync(page, html.replace(meta, `<meta http-equiv="content-security-policy" content="${policy}">`));
        }
        validateConfiguration(root, logger);
      },
    },
  };
}
