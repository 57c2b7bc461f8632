#!/usr/bin/env node
// `npm run new -- actor|fruit|event [--name … --municipality … …]`: writes a new entry in the
// right folder. Fields not given as flags are asked in Finnish; the file is then checked with
// the same checks as the build, and removed again if it has problems.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { withTypeScript } from './load-ts.mjs';

const [kind, ...rest] = process.argv.slice(2);
const flags = {};
for (let i = 0; i < rest.length; i += 2) flags[rest[i].replace(/^--/, '')] = rest[i + 1] ?? '';

/** A path as staff see it: relative to the project, or absolute when the content is elsewhere. */
const shown = (file) => (relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file));

const code = await withTypeScript(async (load) => {
  const { QUESTIONS, scaffold } = await load('/src/lib/scaffold.ts');
  const { contentRoot } = await load('/src/lib/content-root.ts');
  const { checkContent } = await load('/src/lib/content-check/index.ts');
  const { formatProblem } = await load('/src/lib/friendly-errors.ts');
  const { helsinkiNow } = await load('/src/lib/events/event-facts.ts');
  if (!QUESTIONS[kind]) {
    console.error('Käyttö: npm run new -- actor|fruit|event [--kenttä arvo …]');
    return 2;
  }
  const answers = { ...flags };
  const missing = QUESTIONS[kind].filter((question) => answers[question.field] === undefined);
  if (missing.length && process.stdin.isTTY) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    for (const question of missing) answers[question.field] = await prompt.question(`${question.prompt}: `);
    prompt.close();
  } else if (missing.length) {
    // Answers piped in, one per line in the order of the questions (for scripts and tests).
    const lines = (await new Response(process.stdin).text()).split('\n');
    missing.forEach((question, i) => {
      console.log(`${question.prompt}: ${lines[i] ?? ''}`);
      answers[question.field] = lines[i] ?? '';
    });
  }
  const root = contentRoot();
  const entry = scaffold(kind, answers, (process.env.HYVINVOINTIPUU_NOW ?? helsinkiNow()).slice(0, 10));
  const file = join(root, entry.path);
  if (existsSync(file)) {
    console.error(`${shown(file)} on jo olemassa: valitse toinen nimi.`);
    return 1;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, entry.text);
  const problems = checkContent(root).problems.filter((problem) => problem.file === shown(file));
  if (problems.length) {
    rmSync(file);
    console.error(`Tiedostoa ei kirjoitettu, koska siinä olisi virheitä:\n${problems.map(formatProblem).join('\n')}`);
    return 1;
  }
  console.log(`Kirjoitettu ${shown(file)}. Tarkista teksti ja lisää muut kentät tarvittaessa.`);
  return 0;
});
process.exit(code);
