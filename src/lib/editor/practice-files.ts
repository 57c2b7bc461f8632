import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { listFiles } from '../list-files';

/**
 * The content files, by their path in the repository (`content/actors/vimpeli/spr.md`), for the
 * editor's practice mode: it works on a copy of them in the browser's own storage and never
 * saves anywhere else. Only the files of the collections the editor knows are included, as they
 * are in the site's public repository (staff notes too, which the public pages do not show).
 */
export function practiceFiles(contentRoot: string, collections: readonly string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const collection of collections) {
    for (const path of listFiles(`${contentRoot}/${collection}`)) {
      if (!/\.(md|ya?ml)$/.test(path)) continue;
      files[`content/${relative(contentRoot, path).split(sep).join('/')}`] = readFileSync(path, 'utf8');
    }
  }
  return files;
}
