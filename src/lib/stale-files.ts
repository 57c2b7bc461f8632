/** A file in the output folder, by its path relative to that folder. */
export interface OutputFile {
  path: string;
  /** When the file was last written, in milliseconds. */
  modified: number;
}

/**
 * The files of an output folder that the build just finished did not produce: neither written
 * since it started nor kept by it (pages copied from the previous build keep their old time),
 * nor copied from `public/`. What is left is a page whose entry was removed, or a script or
 * stylesheet of older code: served, it would be stale.
 */
export function staleFiles(
  files: OutputFile[],
  { startedAt, kept, isPublic }: { startedAt: number; kept: ReadonlySet<string>; isPublic: (path: string) => boolean },
): string[] {
  return files
    .filter((file) => file.modified < startedAt && !kept.has(file.path) && !isPublic(file.path))
    .map((file) => file.path)
    .sort();
}
