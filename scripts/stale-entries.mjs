#!/usr/bin/env node
// `npm run verify:list [-- --months 12]`: the actors whose `verified` date is older than the
// limit (src/config/verification.ts), oldest first, for staff to confirm with a person.
import { settingsOf, withTypeScript } from './load-ts.mjs';

const monthsArg = process.argv.indexOf('--months');
await withTypeScript(async (load) => {
  const { checkContent } = await load('/src/lib/content-check/index.ts');
  const settings = await settingsOf(load);
  const { staleEntries } = await load('/src/lib/verification.ts');
  const { verification } = await load('/src/config/verification.ts');
  const months = monthsArg > 0 ? Number(process.argv[monthsArg + 1]) : verification.maxAgeMonths;
  const today = settings.now.slice(0, 10);
  const actors = checkContent(settings.contentRoots).entries.filter((entry) => entry.collection === 'actors');
  const files = new Map(actors.map((entry) => [entry.id, entry.source.displayPath]));
  const stale = staleEntries(
    actors.map((entry) => ({ id: entry.id, name: entry.data.name, verified: entry.data.verified, status: entry.data.status })),
    today,
    months,
  );
  console.log(`${stale.length} of ${actors.length} actors were last confirmed ${months} or more months before ${today}:`);
  for (const entry of stale)
    console.log(`- ${files.get(entry.id)}: ${entry.name}, verified ${entry.verified} (${entry.ageMonths} months ago)`);
});
