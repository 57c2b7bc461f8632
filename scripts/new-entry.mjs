#!/usr/bin/env node
// `npm run new -- actor|fruit|event [--name … --municipality … …]`: writes a new entry in the
// right folder. Fields not given as flags are asked in Finnish; the file is then checked with
// the same checks as the build, and removed again if it has problems.
// `npm run new -- --from FILE`: writes the entry of a submission from the site's forms (the
// email's or the issue's text, saved as FILE), never over an existing file, and checks it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { settingsOf, withTypeScript } from './load-ts.mjs';

const [kind, ...rest] = process.argv.slice(2);
const flags = {};
for (let i = 0; i < rest.length; i += 2) flags[rest[i].replace(/^--/, '')] = rest[i + 1] ?? '';

/** A path as staff see it: relative to the project, or absolute when the content is elsewhere. */
const shown = (file) => (relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file));

if (kind === '--from') process.exit(await fromSubmission(rest[0]));

const code = await withTypeScript(async (load) => {
  const { QUESTIONS, scaffold } = await load('/src/lib/scaffold.ts');
  const settings = await settingsOf(load);
  const { checkContent } = await load('/src/lib/content-check/index.ts');
  const { formatProblem } = await load('/src/lib/friendly-errors.ts');
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
  const root = settings.contentRoot;
  const entry = scaffold(kind, answers, settings.now.slice(0, 10));
  const file = join(root, entry.path);
  if (existsSync(file)) {
    console.error(`${shown(file)} on jo olemassa: valitse toinen nimi.`);
    return 1;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, entry.text);
  const language = settings.messages;
  const problems = checkContent(root, undefined, undefined, language).problems.filter((problem) => problem.file === shown(file));
  if (problems.length) {
    rmSync(file);
    const listed = problems.map((problem) => formatProblem(problem, language)).join('\n');
    console.error(`Tiedostoa ei kirjoitettu, koska siinä olisi virheitä:\n${listed}`);
    return 1;
  }
  console.log(`Kirjoitettu ${shown(file)}. Tarkista teksti ja lisää muut kentät tarvittaessa.`);
  return 0;
});
process.exit(code);

/**
 * The entry of a submission, written where its `Tiedosto:` line says. A file with problems is
 * kept, as a sender's mistakes are for staff to fix in place; the problems are listed.
 */
async function fromSubmission(path) {
  if (!path || !existsSync(path)) {
    console.error(
      `Käyttö: npm run new -- --from VIESTI.txt (tallenna lomakkeelta tullut sähköposti tai tehtävä tekstitiedostoksi)${path ? `: tiedostoa ${path} ei löydy` : ''}`,
    );
    return 2;
  }
  return withTypeScript(async (load) => {
    const { parseSubmission } = await load('/src/lib/submissions/message.ts');
    const settings = await settingsOf(load);
    const { checkContent } = await load('/src/lib/content-check/index.ts');
    const { formatProblem } = await load('/src/lib/friendly-errors.ts');
    const language = settings.messages;
    const submission = parseSubmission(readFileSync(path, 'utf8'));
    if (submission.kind === 'correction') {
      console.error(`Viesti on korjausehdotus tiedostoon ${submission.target}: tee korjaus siihen tiedostoon käsin.`);
      return 1;
    }
    if (submission.kind === 'invalid') {
      console.error(`Viestistä ei saatu merkintää: ${submission.reason}.`);
      return 1;
    }
    const file = join(settings.contentRoot, submission.path);
    if (existsSync(file)) {
      console.error(
        `${shown(file)} on jo olemassa: tiedostoa ei korvattu. Vertaa ilmoitusta olemassa olevaan merkintään tai vaihda tiedoston nimi viestin Tiedosto-riville.`,
      );
      return 1;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, submission.text);
    const problems = checkContent(settings.contentRoots, undefined, undefined, language).problems.filter(
      (problem) => problem.file === shown(file),
    );
    if (problems.length) {
      const listed = problems.map((problem) => formatProblem(problem, language)).join('\n');
      console.error(`Kirjoitettu ${shown(file)}, mutta siinä on korjattavaa ennen julkaisua:\n${listed}`);
      return 1;
    }
    console.log(`Kirjoitettu ${shown(file)}, ja se läpäisi tarkistuksen. Lue teksti vielä läpi ennen julkaisua.`);
    return 0;
  });
}
