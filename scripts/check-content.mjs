#!/usr/bin/env node
// `npm run check`: validates all content without building the site, with the same schemas and
// checks as the build, and lists every problem as `file:line field: found …, expected …`.
// Exits with 1 when there is any. HYVINVOINTIPUU_CONTENT checks another content folder.
import { withTypeScript } from './load-ts.mjs';

const failed = await withTypeScript(async (load) => {
  const { checkContent } = await load('/src/lib/content-check/index.ts');
  const { contentRoot } = await load('/src/lib/content-root.ts');
  const { formatProblem } = await load('/src/lib/friendly-errors.ts');
  const started = performance.now();
  const report = checkContent(contentRoot());
  for (const warning of report.warnings) console.warn(`warning: ${formatProblem(warning)}`);
  for (const problem of report.problems) console.error(formatProblem(problem));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const summary = report.problems.length
    ? `${report.problems.length} ${report.problems.length === 1 ? 'problem' : 'problems'} in ${report.fileCount} content files (${seconds} s).`
    : `${report.fileCount} content files checked, no problems (${seconds} s).`;
  console.log(summary);
  return report.problems.length > 0;
});
process.exit(failed ? 1 : 0);
