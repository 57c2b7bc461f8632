import type { AstroIntegration } from 'astro';
import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../lib/list-files';
import { staleFiles } from '../lib/stale-files';

/**
 * The output folder is kept between builds (`vite.build.emptyOutDir: false`), so that pages the
 * incremental build did not render again need not be deleted and copied back. This removes
 * afterwards what the build did not produce, before the search index reads the pages.
 * `writtenLater` are files and folders that other integrations write after this one (the search
 * indexes, `_headers`), which keep them current themselves.
 */
export function pruneOutput({ writtenLater = [] }: { writtenLater?: string[] } = {}): AstroIntegration {
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
        const relativeTo = (folder: string) => (path: string) => relative(folder, path).split(sep).join('/');
        const inOutput = relativeTo(root);
        const kept = new Set([...assets.values()].flat().map((url) => inOutput(fileURLToPath(url))));
        const publicFiles = new Set(listFiles(publicDir).map(relativeTo(publicDir)));
        const later = new Set(writtenLater);
        // Only files the build did not list need their time read: a few, not tens of thousands.
        const files = listFiles(root, (path) => later.has(inOutput(path)))
          .map(inOutput)
          .filter((path) => !kept.has(path))
          .map((path) => ({ path, modified: statSync(join(root, path)).mtimeMs }));
        const stale = staleFiles(files, { startedAt, kept, isPublic: (path) => publicFiles.has(path) });
        for (const path of stale) {
          rmSync(join(root, path));
          // A removed page leaves its folder empty; a host could list it or answer 403 there.
          for (let dir = dirname(join(root, path)); dir !== root && readdirSync(dir).length === 0; dir = dirname(dir))
            rmdirSync(dir);
        }
        if (stale.length) logger.info(`Removed ${stale.length} file(s) of earlier builds.`);
      },
    },
  };
}
