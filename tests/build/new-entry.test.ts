import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { submissionText } from '~/lib/submissions/message';
import { prepareSubmission, type SubmissionContext } from '~/lib/submissions/prepare';
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
    expect(output).toContain('partners[0]: löytyi "alajarvi/eioleolemassa", odotettiin olemassa olevan toimijan tunnusta');
    expect(existsSync(join(root, 'fruits/alajarvi/vaara-kumppani.md'))).toBe(false);
  });

  test('leaves the content with no problems', () => {
    expect(checkContent(root).problems).toEqual([]);
  });
});

describe('npm run new -- --from', () => {
  const ctx: SubmissionContext = {
    lang: 'fi',
    today: '2026-11-30',
    formUrl: 'https://hyvinvointipuu.example/ilmoita/tapahtuma/',
    municipalities: ['alajarvi', 'vimpeli'],
    texts: { expected: 'Odotetaan: {expected}', required: 'Tämä tieto tarvitaan.' },
  };
  const event = {
    titleFi: 'Syystanssit',
    municipality: 'alajarvi',
    startDate: '2027-09-04',
    startTime: '19:00',
    place: 'Seurantalo',
    organiser: 'alajarvi/testiseura',
    branch: 'liikunta-ja-ulkoilu',
    kind: 'culture',
    summary: 'Tanssit: elävää musiikkia.',
    body: '---\nkind: meeting\n---\nOhjelma.',
    senderEmail: 'matti@example.fi',
  };
  function draftOf(kind: 'event' | 'actor', values: Record<string, string | string[]>) {
    const prepared = prepareSubmission(kind, values, ctx);
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
    return prepared.draft;
  }
  function fromText(text: string) {
    const file = join(root, `../viesti-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(file, text);
    return newEntry(['--from', file]);
  }

  test('writes the entry of an emailed event submission, quoted and with CRLF line breaks, and it passes the check', () => {
    const draft = draftOf('event', event);
    const email = submissionText(draft)
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\r\n');
    const { status, output } = fromText(email);
    expect(output).toContain('Kirjoitettu');
    expect(output).toContain('läpäisi tarkistuksen');
    expect(status).toBe(0);
    const written = readFileSync(join(root, 'events/alajarvi/syystanssit-2027-09-04.md'), 'utf8');
    expect(written).toBe(draft.file!.text);
    // The body's own "---" block stayed body text.
    expect(written).toContain('kind: culture\n');
    expect(written).toContain('\n\n---\nkind: meeting\n---\nOhjelma.\n');
  });

  test('refuses to overwrite an entry that exists', () => {
    const { status, output } = fromText(submissionText(draftOf('event', event)));
    expect(status).toBe(1);
    expect(output).toContain('on jo olemassa: tiedostoa ei korvattu');
  });

  test('writes an actor from the text of a public issue', () => {
    const draft = draftOf('actor', {
      name: 'Lakaluoman Kyläyhdistys ry',
      municipality: 'alajarvi',
      kind: 'association',
      branches: ['liikunta-ja-ulkoilu'],
      description: 'Näytelmiä ja tansseja.',
      postalCode: '62900',
      street: 'Kurejoentie 1',
      city: 'Alajärvi',
      businessId: '0201256-6',
    });
    const { status, output } = fromText(submissionText(draft, 'public'));
    expect(output).toContain('läpäisi tarkistuksen');
    expect(status).toBe(0);
    expect(readFileSync(join(root, 'actors/alajarvi/lakaluoman-kylayhdistys-ry.md'), 'utf8')).toBe(draft.file!.text);
  });

  test('keeps an entry that still needs work and says in Finnish what to fix', () => {
    const draft = draftOf('event', { ...event, titleFi: 'Uusi seura tanssii', organiser: '', otherOrganiser: 'Uusi seura' });
    const { status, output } = fromText(submissionText(draft));
    expect(status).toBe(1);
    expect(output).toContain('mutta siinä on korjattavaa ennen julkaisua');
    expect(output).toMatch(/organisers: löytyi \[\]/);
    rmSync(join(root, 'events/alajarvi/uusi-seura-tanssii-2027-09-04.md'));
  });

  test('points a correction to its file and writes nothing', () => {
    const { status, output } = fromText(
      'Hyvinvointipuu – Korjausehdotus: Testiseura\n\nKohde: content/actors/alajarvi/testiseura.md\n',
    );
    expect(status).toBe(1);
    expect(output).toContain('korjausehdotus tiedostoon content/actors/alajarvi/testiseura.md');
  });

  test('refuses a path outside the entry folders', () => {
    const text = submissionText(draftOf('event', { ...event, titleFi: 'Karkuri' })).replace(
      'content/events/alajarvi/karkuri-2027-09-04.md',
      'content/events/../../karkuri.md',
    );
    const { status, output } = fromText(text);
    expect(status).toBe(1);
    expect(output).toContain('Viestistä ei saatu merkintää');
    expect(existsSync(join(root, '../karkuri.md'))).toBe(false);
  });

  test('leaves the content with no problems', () => {
    expect(checkContent(root).problems).toEqual([]);
  });
});
