import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file below `folder`, as full paths in a stable (sorted) order; a missing folder has none.
 * `skip` leaves out files and whole folders, such as a search index that is written separately.
 */
export function listFiles(folder: string, skip: (path: string) => boolean = () => false): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (skip(path)) return [];
    return entry.isDirectory() ? listFiles(path, skip) : entry.isFile() ? [path] : [];
  });
}
