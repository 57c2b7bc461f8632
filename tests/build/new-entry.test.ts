import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { contentRootWith } from '../fixtures/content-root';

const { root, cleanup } = contentRootWith();
afterAll(cleanup);

function newEntry(args: string[], input = '') {
  const result = spawnSync(process.execPath, ['scripts/new-entry.mjs', ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, HYVINVOINTIPUU_CONTENT: root, HYVINVOINTIPUU_NOW: '2026-11-30 12:00' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run new', () => {
  test('writes an actor from flags into its municipality folder, and it passes the check', () => {
    const { status, output } = newEntry([
      'actor',
      '--name',
      'Kurejoen Nuorisoseura ry',
      '--municipality',
      'alajarvi',
      '--kind',
      'association',
      '--branches',
      'liikunta-ja-ulkoilu, vapaaehtoistoiminta',
      '--description',
      'Näytelmiä: tansseja ja kesäteatteria.',
      '--verified',
      '',
    ]);
    expect(output).toContain('Kirjoitettu');
    expect(status).toBe(0);
    const text = readFileSync(join(root, 'actors/alajarvi/kurejoen-nuorisoseura-ry.md'), 'utf8');
    expect(text).toContain('description: "Näytelmiä: tansseja ja kesäteatteria."');
    expect(text).toContain('verified: 2026-11-30');
  });

  test('asks in Finnish for what the flags leave out, and writes an event with a plain file name', () => {
    const answers = [
      'Kesätanssit',
      'alajarvi',
      '2027-06-05 19:00',
      'Lava',
      'alajarvi/testiseura',
      'liikunta-ja-ulkoilu',
      'culture',
      'Tanssit lavalla.',
    ];
    const { status, output } = newEntry(['event'], answers.join('\n'));
    expect(output).toContain('Alkaa (VVVV-KK-PP TT:MM Suomen aikaa');
    expect(status).toBe(0);
    expect(existsSync(join(root, 'events/alajarvi/kesatanssit.md'))).toBe(true);
  });

  test('writes a fruit with a year', () => {
    const { status } = newEntry([
      'fruit',
      '--title',
      'Yhteiset talkoot',
      '--municipality',
      'alajarvi',
      '--branch',
      'liikunta-ja-ulkoilu',
      '--partners',
      'alajarvi/testiseura',
      '--date',
      '2026',
      '--kind',
      'joint-event',
      '--summary',
      'Talkoot kylätalolla.',
    ]);
    expect(status).toBe(0);
    expect(readFileSync(join(root, 'fruits/alajarvi/yhteiset-talkoot.md'), 'utf8')).toContain('date: 2026\n');
  });

  test('refuses an entry that would not pass the check, saying why, and writes nothing', () => {
    const { status, output } = newEntry([
      'fruit',
      '--title',
      'Väärä kumppani',
      '--municipality',
      'alajarvi',
      '--branch',
      'liikunta-ja-ulkoilu',
      '--partners',
      'alajarvi/eioleolemassa',
      '--date',
      '2026',
      '--kind',
      'joint-event',
      '--summary',
      'S.',
    ]);
    expect(status).toBe(1);
    expect(output).toContain('partners[0]: found "alajarvi/eioleolemassa", expected the id of an existing actor');
    expect(existsSync(join(root, 'fruits/alajarvi/vaara-kumppani.md'))).toBe(false);
  });

  test('leaves the content with no problems', () => {
    expect(checkContent(root).problems).toEqual([]);
  });
});
