import { isAbsolute, resolve } from 'node:path';

/**
 * The folder that holds the content collections: `content/` at the project root, or the folder
 * named by `HYVINVOINTIPUU_CONTENT` (used by tests and benchmarks to build other content).
 */
export function contentRoot(projectRoot: string = process.cwd()): string {
  const configured = process.env.HYVINVOINTIPUU_CONTENT;
  if (!configured) return resolve(projectRoot, 'content');
  return isAbsolute(configured) ? configured : resolve(projectRoot, configured);
}
