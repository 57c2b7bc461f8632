#!/usr/bin/env node
// `npm run check`: validates all content without building the site, with the same schemas and
// checks as the build, and lists every problem as `file:line field: löytyi …, odotettiin …`.
// Exits with 1 when there is any. HYVINVOINTIPUU_CONTENT checks another content folder;
// HYVINVOINTIPUU_MESSAGES=en writes the messages in English (sv in Swedish; other languages of
// the registry read them in Finnish).
import { settingsOf, withTypeScript } from './load-ts.mjs';

const failed = await withTypeScript(async (load) => {
  const { checkContent } = await load('/src/lib/content-check/index.ts');
  const settings = await settingsOf(load);
  const { formatProblem } = await load('/src/lib/friendly-errors.ts');
  const { checkTexts } = await load('/src/i18n/checks/index.ts');
  const language = settings.messages;
  const texts = checkTexts[language].content;
  const started = performance.now();
  const report = checkContent(settings.contentRoots, undefined, undefined, language);
  for (const warning of report.warnings) console.warn(texts.warning({ problem: formatProblem(warning, language) }));
  for (const problem of report.problems) console.error(formatProblem(problem, language));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const files = report.fileCount;
  const summary = report.problems.length
    ? texts.summaryProblems({ count: report.problems.length, files, seconds })
    : texts.summaryPassed({ files, seconds });
  console.log(summary);
  return report.problems.length > 0;
});
process.exit(failed ? 1 : 0);
