import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { formatProblem } from '~/lib/friendly-errors';
import { contentRootWith, fixturesDir } from '../fixtures/content-root';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function runCheck(root: string, messages?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, HYVINVOINTIPUU_CONTENT: root };
  delete env.HYVINVOINTIPUU_MESSAGES;
  if (messages) env.HYVINVOINTIPUU_MESSAGES = messages;
  const result = spawnSync(process.execPath, ['scripts/check-content.mjs'], { encoding: 'utf8', env });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

const cases = readdirSync(join(fixturesDir, 'bad-content')).filter((name) => name !== 'raw-html');

describe('npm run check', () => {
  test.each(cases)('reports the %s fixture with its file and line, and fails', (badCase) => {
    const { root, cleanup } = contentRootWith(badCase);
    cleanups.push(cleanup);
    const expected = checkContent(root, undefined, undefined, 'fi').problems.map((problem) => formatProblem(problem, 'fi'));
    expect(expected.length).toBeGreaterThan(0);
    const { status, stderr, stdout } = runCheck(root);
    expect(stderr.trim().split('\n')).toEqual(expected);
    expect(stdout).toMatch(/^\d+ ongelmaa? \d+ sisältötiedostossa/m);
    expect(status).toBe(1);
  });

  test('writes its messages in English with HYVINVOINTIPUU_MESSAGES=en', () => {
    const { root, cleanup } = contentRootWith('invalid-email');
    cleanups.push(cleanup);
    const { status, stderr, stdout } = runCheck(root, 'en');
    expect(stderr.trim()).toBe(
      `${root}/actors/alajarvi/seura.md:8 contacts[0].email: found "puheenjohtaja.seura.fi", expected an email address such as info@yhdistys.fi`,
    );
    expect(stdout).toMatch(/^1 problem in \d+ content files/m);
    expect(status).toBe(1);
  });

  test('passes the bundled content', () => {
    const { status, stdout } = runCheck(join(fixturesDir, '../../content'));
    expect(stdout).toMatch(/^\d+ sisältötiedostoa tarkistettu, ei ongelmia/m);
    expect(status).toBe(0);
  });
});
