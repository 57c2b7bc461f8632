import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleFiles } from '../lib/hosting/stale-files';

/** Every file below `root`, with `/` as separator. */
function filesBelow(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(root, path)).isFile())
    .map((path) => path.split(sep).join('/'));
}

/**
 * The output folder is kept between builds (`vite.build.emptyOutDir: false`), so that pages the
 * incremental build did not render again need not be deleted and copied back. This removes
 * afterwards what the build did not produce, before the search index reads the pages.
 * `ownFolders` are written after this by other integrations (the search index), which clear them.
 */
export function pruneOutput({ ownFolders = [] }: { ownFolders?: string[] } = {}): AstroIntegration {
  let startedAt = 0;
  let publicDir = '';
  return {
    name: 'hyvinvointipuu:prune-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': () => {
        // File times are kept in whole milliseconds or coarser: a second of margin is safe.
        startedAt = Date.now() - 1000;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const kept = new Set([...assets.values()].flat().map((url) => relative(root, fileURLToPath(url)).split(sep).join('/')));
        const publicFiles = new Set(filesBelow(publicDir));
        const files = filesBelow(root)
          .filter((path) => !ownFolders.some((folder) => path.startsWith(`${folder}/`)))
          .map((path) => ({ path, modified: statSync(join(root, path)).mtimeMs }));
        const stale = staleFiles(files, { startedAt, kept, isPublic: (path) => publicFiles.has(path) });
        for (const path of stale) rmSync(join(root, path));
        if (stale.length) logger.info(`Removed ${stale.length} file(s) of earlier builds.`);
      },
    },
  };
}
