import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, test } from 'vitest';
import { contentRootWith } from '../fixtures/content-root';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function eventsCheck(overlay: string | undefined, ...args: string[]) {
  const { root, cleanup } = contentRootWith(overlay, 'planned-events');
  cleanups.push(cleanup);
  const result = spawnSync(process.execPath, ['scripts/events-check.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, HYVINVOINTIPUU_CONTENT: root, HYVINVOINTIPUU_NOW: '2026-11-30 12:00', HYVINVOINTIPUU_MESSAGES: 'fi' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replaceAll(`${root}/`, '') };
}

describe('npm run events:check', () => {
  test('prints the upcoming overlaps and fails under --strict', () => {
    const { status, output } = eventsCheck('clash', '--strict');
    expect(output).toContain('Tulevat tapahtumat verrattu toisiinsa (nyt: 2026-11-30 12:00): 1 päällekkäisyys.');
    expect(output).toContain(
      '- events/alajarvi/iltatori.md (2027-06-01 17:00–2027-06-01 20:00 Iltatori) ja events/alajarvi/kesakonsertti.md (2027-06-01 19:00–2027-06-01 21:00 Kesäkonsertti) ovat päällekkäin: sama kunta',
    );
    expect(status).toBe(1);
  });

  test('only prints them without --strict', () => {
    expect(eventsCheck('clash').status).toBe(0);
  });

  test('passes when nothing overlaps', () => {
    const { status, output } = eventsCheck(undefined, '--strict');
    expect(output).toContain(': 0 päällekkäisyyttä.');
    expect(status).toBe(0);
  });
});
