#!/usr/bin/env node
// Prints the upcoming overlapping events for a pull request, without a site build:
//   npm run events:check [-- --strict]
// With --strict it exits with 1 when there is any overlap. HYVINVOINTIPUU_CONTENT picks another
// content folder and HYVINVOINTIPUU_NOW ("YYYY-MM-DD HH:MM", Finnish time) another "now".
import { settingsOf, withTypeScript } from './load-ts.mjs';

const strict = process.argv.includes('--strict');
const count = await withTypeScript(async (load) => {
  const { checkContent } = await load('/src/lib/content-check/index.ts');
  const settings = await settingsOf(load);
  const { formatProblem } = await load('/src/lib/friendly-errors.ts');
  const { clashReport } = await load('/src/lib/events/clash-report.ts');
  const { clashRules } = await load('/src/config/events.ts');
  const language = settings.messages;
  const report = checkContent(settings.contentRoots, undefined, undefined, language);
  if (report.problems.length) {
    console.error(report.problems.map((problem) => formatProblem(problem, language)).join('\n'));
    return -1;
  }
  const now = settings.now;
  const { checkTexts } = await load('/src/i18n/checks/index.ts');
  const clashes = clashReport(report.entries, now, clashRules, language);
  console.log(checkTexts[language].content.eventsChecked({ now, count: clashes.length }));
  for (const clash of clashes) console.log(`- ${clash.text}`);
  return clashes.length;
});
if (count < 0) process.exit(2);
if (strict && count > 0) process.exit(1);
