import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { CollectionName } from '~/schemas/collections';
import { collectionFolder, type ContentRoots } from '../content-roots';
import { listFiles } from '../list-files';

/**
 * The content files, by their path in the repository (`content/actors/vimpeli/spr.md`), for the
 * editor's practice mode: it works on a copy of them in the browser's own storage and never
 * saves anywhere else. Only the files of the collections the editor knows are included, as they
 * are in the site's public repository (staff notes too, which the public pages do not show).
 */
export function practiceFiles(roots: ContentRoots, collections: readonly CollectionName[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const collection of collections) {
    const folder = collectionFolder(roots, collection);
    for (const path of listFiles(folder)) {
      if (!/\.(md|ya?ml)$/.test(path)) continue;
      files[`content/${collection}/${relative(folder, path).split(sep).join('/')}`] = readFileSync(path, 'utf8');
    }
  }
  return files;
}
