import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { readSource } from '~/lib/content-check/read-source';
import { parseRepository } from '~/lib/forge';
import { fieldProblems } from '~/lib/friendly-errors';
import { entryFileText } from '~/lib/submissions/entry-file';
import { issueHref, mailtoHref, parseSubmission, submissionText, type SubmissionDraft } from '~/lib/submissions/message';
import { correctionTargetKey, prepareSubmission, type SubmissionContext } from '~/lib/submissions/prepare';
import type { FormValues } from '~/lib/submissions/values';
import { goodActorValues } from '../fixtures/submission-values';
import { actorSchema } from '~/schemas/actor';
import { eventSchema } from '~/schemas/event';

const ctx: SubmissionContext = {
  lang: 'fi',
  today: '2026-11-30',
  formUrl: 'https://hyvinvointipuu.example/ilmoita/tapahtuma/',
  municipalities: ['alajarvi', 'vimpeli'],
  targets: {
    'actors/vimpeli/spr-vimpelin-osasto': {
      title: 'SPR:n Vimpelin osasto',
      file: 'content/actors/vimpeli/spr-vimpelin-osasto.md',
      page: 'https://hyvinvointipuu.example/vimpeli/toimijat/spr-vimpelin-osasto/',
      municipality: 'vimpeli',
    },
  },
  texts: { expected: 'Odotetaan: {expected}', required: 'Tämä tieto tarvitaan.' },
};

const goodEvent: FormValues = {
  titleFi: 'Kesätanssit',
  municipality: 'vimpeli',
  startDate: '2027-06-05',
  startTime: '19:00',
  endTime: '23:30',
  place: 'Lava, Rantatie 2',
  organiser: 'vimpeli/spr-vimpelin-osasto',
  branch: 'kulttuuri-ja-harrastukset',
  kind: 'culture',
  audience: ['everyone', 'families'],
  summary: 'Tanssit lavalla: elävää musiikkia.',
  body: 'Ohjelmassa tanssia ja arpajaiset.',
  infoName: 'Maija Meikäläinen',
  infoPhone: '040 123 4567',
  senderName: 'Matti Meikäläinen',
  senderEmail: 'matti@example.fi',
};

const goodActor: FormValues = { ...goodActorValues, branches: ['kulttuuri-ja-harrastukset', 'kylat-ja-yhteisot'] };

/** The frontmatter of an entry file, as YAML reads it. */
function frontmatter(text: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;
}

function fieldsWithProblems(kind: 'event' | 'actor' | 'correction', values: FormValues): string[] {
  const prepared = prepareSubmission(kind, values, ctx);
  return prepared.ok ? [] : prepared.problems.map((problem) => problem.field);
}

function draftOf(kind: 'event' | 'actor' | 'correction', values: FormValues): SubmissionDraft {
  const prepared = prepareSubmission(kind, values, ctx);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
  return prepared.draft;
}

describe('an event submission', () => {
  test('becomes an event file named by its title and date that the event schema accepts', () => {
    const draft = draftOf('event', goodEvent);
    expect(draft.file!.path).toBe('events/vimpeli/kesatanssit-2027-06-05.md');
    const data = frontmatter(draft.file!.text);
    expect(data).toEqual({
      title: 'Kesätanssit',
      start: '2027-06-05 19:00',
      end: '2027-06-05 23:30',
      place: 'Lava, Rantatie 2',
      audience: ['everyone', 'families'],
      organisers: ['vimpeli/spr-vimpelin-osasto'],
      branch: 'kulttuuri-ja-harrastukset',
      kind: 'culture',
      summary: 'Tanssit lavalla: elävää musiikkia.',
    });
    expect(fieldProblems(eventSchema, data, 'fi')).toEqual([]);
  });

  test('keeps the contact for more information out of the published file without consent, and says so', () => {
    const text = submissionText(draftOf('event', goodEvent));
    const file = parseSubmission(text);
    expect(file.kind === 'entry' && file.text).not.toContain('Maija');
    expect(text).toContain('Suostumus henkilötietojen julkaisuun: EI.');
    expect(text).toContain('- Lisätietoja antaa (ei lupaa julkaista): Maija Meikäläinen, 040 123 4567');
    expect(text).toContain('- Lähettäjä: Matti Meikäläinen, matti@example.fi');
  });

  test('publishes the contact for more information in the body with consent', () => {
    const draft = draftOf('event', { ...goodEvent, consent: 'kyllä' });
    expect(draft.file!.text).toMatch(/Ohjelmassa tanssia ja arpajaiset\.\n\nLisätietoja: Maija Meikäläinen, 040 123 4567\n$/);
    expect(submissionText(draft)).toContain('Suostumus henkilötietojen julkaisuun: KYLLÄ.');
  });

  test('a venue from the list stands instead of the place, and translations make the title a text by language', () => {
    const data = frontmatter(draftOf('event', { ...goodEvent, venue: 'vimpeli/seurantalo', titleSv: 'Sommardans' }).file!.text);
    expect(data.venue).toBe('vimpeli/seurantalo');
    expect(data.place).toBeUndefined();
    expect(data.title).toEqual({ fi: 'Kesätanssit', sv: 'Sommardans' });
  });

  test.each([
    ['a missing title', { titleFi: '' }, 'titleFi'],
    ['no municipality', { municipality: '' }, 'municipality'],
    ['a municipality the site does not have', { municipality: 'tampere' }, 'municipality'],
    ['a missing start', { startDate: '', startTime: '' }, 'startDate'],
    ['no place and no venue', { place: '' }, 'place'],
    ['no organiser', { organiser: '' }, 'organiser'],
    ['a malformed email for more information', { infoEmail: 'maija(at)example.fi' }, 'infoEmail'],
    ['a malformed phone number for more information', { infoPhone: '040-ABC' }, 'infoPhone'],
    ["a malformed sender's email", { senderEmail: 'matti@' }, 'senderEmail'],
  ])('names the field of %s', (_, change, field) => {
    expect(fieldsWithProblems('event', { ...goodEvent, ...change })).toEqual([field]);
  });

  test('says that the end is before the start while other fields are still empty', () => {
    const prepared = prepareSubmission(
      'event',
      { startDate: '2027-06-05', startTime: '19:00', endDate: '2027-06-04', place: 'Lava' },
      ctx,
    );
    expect(prepared.ok).toBe(false);
    const end = !prepared.ok && prepared.problems.find((problem) => problem.field === 'endDate');
    expect(end && end.message).toMatch(/^Odotetaan: .*2027-06-05 19:00/);
  });

  test('does not blame the end when it is the start that is missing', () => {
    expect(fieldsWithProblems('event', { ...goodEvent, startDate: '', startTime: '', endDate: '2027-06-04' })).not.toContain(
      'endDate',
    );
  });

  test('accepts an organiser that is not listed yet, and tells staff to add it first', () => {
    const text = submissionText(draftOf('event', { ...goodEvent, organiser: '', otherOrganiser: 'Vimpelin Lavatanssijat' }));
    expect(text).toContain('Järjestäjä, jota ei ole hakemistossa (lisää se ensin toimijaksi');
    expect(text).toContain('Vimpelin Lavatanssijat');
  });

  test('gives its messages in the edition’s language', () => {
    const prepared = prepareSubmission(
      'event',
      { ...goodEvent, infoEmail: 'x' },
      {
        ...ctx,
        lang: 'en',
        texts: { expected: 'Expected: {expected}', required: 'This is needed.' },
      },
    );
    expect(!prepared.ok && prepared.problems[0]!.message).toMatch(/^Expected: .*email/i);
  });
});

describe('an actor submission', () => {
  test('becomes an actor file confirmed today, with its role contact when the sender consents', () => {
    const draft = draftOf('actor', { ...goodActor, consent: 'kyllä' });
    expect(draft.file!.path).toBe('actors/alajarvi/kurejoen-nuorisoseura-ry.md');
    const data = frontmatter(draft.file!.text);
    expect(data).toMatchObject({
      name: 'Kurejoen Nuorisoseura ry',
      verified: '2026-11-30',
      contacts: [{ title: 'puheenjohtaja', name: 'Liisa Esimerkki', phones: ['040 765 4321'] }],
      address: { street: 'Kurejoentie 1', postalCode: '62900', city: 'Alajärvi' },
      identifiers: { businessId: '0201256-6', associationRegisterNumber: '123.456' },
    });
    expect(fieldProblems(actorSchema, data, 'fi')).toEqual([]);
  });

  test('leaves the contact person out of the file without consent, for staff only', () => {
    const draft = draftOf('actor', goodActor);
    expect(frontmatter(draft.file!.text).contacts).toBeUndefined();
    expect(draft.file!.text).not.toContain('Liisa');
    expect(submissionText(draft)).toContain('- Yhteyshenkilö (ei lupaa julkaista): puheenjohtaja, Liisa Esimerkki, 040 765 4321');
  });

  test.each([
    ['a missing name', { name: '' }, 'name'],
    ['no branch', { branches: [] }, 'branches'],
    ['a malformed email', { email: 'info@' }, 'email'],
    ['a malformed phone number', { contactPhone: '12' }, 'contactPhone'],
    ['a malformed postal code', { postalCode: '629' }, 'postalCode'],
    ['a business id whose check digit is wrong', { businessId: '0201256-5' }, 'businessId'],
    ['a web address without https', { website: 'www.kurejoki.fi' }, 'website'],
    ['an address without its street', { street: '' }, 'street'],
    ['a malformed association register number', { associationRegisterNumber: '12,3' }, 'associationRegisterNumber'],
  ])('names the field of %s', (_, change, field) => {
    expect(fieldsWithProblems('actor', { ...goodActor, ...change })).toEqual([field]);
  });

  test('checks the contact person even when it will not be published', () => {
    expect(fieldsWithProblems('actor', { ...goodActor, contactEmail: 'liisa@' })).toEqual(['contactEmail']);
  });
});

describe('a correction', () => {
  test('names its target file and page, what is wrong and what is right', () => {
    const text = submissionText(
      draftOf('correction', {
        target: 'actors/vimpeli/spr-vimpelin-osasto',
        problem: 'Puhelinnumero on vanha.',
        correction: 'Uusi numero on 06 123 4567.',
        senderEmail: 'matti@example.fi',
      }),
    );
    expect(text).toContain('Kohde: content/actors/vimpeli/spr-vimpelin-osasto.md');
    expect(text).toContain('Sivu: https://hyvinvointipuu.example/vimpeli/toimijat/spr-vimpelin-osasto/');
    expect(text).toContain('Mikä on väärin: Puhelinnumero on vanha.');
    expect(parseSubmission(text)).toEqual({ kind: 'correction', target: 'content/actors/vimpeli/spr-vimpelin-osasto.md' });
  });

  test('needs a listed target and what is wrong', () => {
    expect(fieldsWithProblems('correction', { target: 'actors/vimpeli/ei-ole', senderPhone: '1' })).toEqual([
      'target',
      'problem',
      'senderPhone',
    ]);
  });

  test('finds its target from a link, with or without the collection', () => {
    expect(correctionTargetKey('actors/vimpeli/spr-vimpelin-osasto', ctx.targets!)).toBe('actors/vimpeli/spr-vimpelin-osasto');
    expect(correctionTargetKey('vimpeli/spr-vimpelin-osasto/', ctx.targets!)).toBe('actors/vimpeli/spr-vimpelin-osasto');
    expect(correctionTargetKey('__proto__', ctx.targets!)).toBeUndefined();
    expect(correctionTargetKey(null, ctx.targets!)).toBeUndefined();
  });
});

describe('the entry file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'hyvinvointipuu-submission-'));
  const read = (text: string) => {
    writeFileSync(join(folder, 'entry.md'), text);
    const source = readSource(join(folder, 'entry.md'), folder, folder);
    return { data: source.data, body: source.body };
  };

  test('keeps a body that starts with --- and a block of fields as body text', () => {
    const read1 = read(entryFileText({ name: 'Seura' }, '---\nkind: company\nverified: 2000-01-01\n---\nTeksti'));
    expect(read1.data).toEqual({ name: 'Seura' });
    expect(read1.body).toContain('kind: company');
  });

  test('quotes values that would end a line with --- so the frontmatter cannot end early', () => {
    const text = entryFileText({ name: 'Tanssit---', description: 'a\n---\nkind: company' }, '');
    expect(text).toContain('name: "Tanssit---"');
    expect(read(text).data).toEqual({ name: 'Tanssit---', description: 'a\n---\nkind: company' });
    rmSync(folder, { recursive: true, force: true });
  });

  test('cannot be given extra fields through line breaks and colons in what is typed', () => {
    const draft = draftOf('event', { ...goodEvent, summary: 'Tanssit.\nkind: meeting\norganisers: [x/y]', titleFi: 'A: b' });
    const data = frontmatter(draft.file!.text);
    expect(data.kind).toBe('culture');
    expect(data.organisers).toEqual(['vimpeli/spr-vimpelin-osasto']);
    expect(data.summary).toBe('Tanssit. kind: meeting organisers: [x/y]');
    expect(data.title).toBe('A: b');
  });
});

describe('sending and reading back a submission', () => {
  const draft = draftOf('event', { ...goodEvent, body: 'Ohjelma\n===== TIEDOSTO PÄÄTTYY =====\nloppu\n```\nkoodi\n```' });

  test('reads the file back from the text staff receive, even when the body quotes a marker', () => {
    const parsed = parseSubmission(submissionText(draft));
    expect(parsed).toMatchObject({ kind: 'entry', path: 'events/vimpeli/kesatanssit-2027-06-05.md', municipality: 'vimpeli' });
    expect(parsed.kind === 'entry' && parsed.text).toBe(draft.file!.text);
  });

  test('reads it back from an email with CRLF line breaks and quoted lines, and from an issue with its fence', () => {
    const quoted = submissionText(draft)
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\r\n');
    expect(parseSubmission(quoted)).toMatchObject({ text: draft.file!.text });
    expect(parseSubmission(submissionText(draft, 'public'))).toMatchObject({ text: draft.file!.text });
  });

  test('refuses a path outside the entry folders', () => {
    const text = submissionText(draft).replace('content/events/vimpeli/', 'content/../../etc/');
    expect(parseSubmission(text)).toMatchObject({ kind: 'invalid' });
    expect(parseSubmission('hei')).toMatchObject({ kind: 'invalid' });
  });

  test('gives the email the subject and the text, with CRLF line breaks', () => {
    const href = mailtoHref('kirjaamo@kunta.fi', draft);
    expect(href.startsWith('mailto:kirjaamo@kunta.fi?subject=Uusi%20tapahtuma%3A%20Kes%C3%A4tanssit&body=')).toBe(true);
    const body = decodeURIComponent(new URL(href).searchParams.get('body') ?? href.split('body=')[1]!);
    expect(body).toContain('Tiedosto: content/events/vimpeli/kesatanssit-2027-06-05.md\r\n');
  });

  test('leaves the sender and the details without consent out of a public issue', () => {
    const href = issueHref(parseRepository('https://github.com/kunta/hyvinvointipuu')!, draft);
    const body = new URL(href).searchParams.get('body')!;
    expect(href.startsWith('https://github.com/kunta/hyvinvointipuu/issues/new?')).toBe(true);
    expect(new URL(href).searchParams.get('title')).toBe('Uusi tapahtuma: Kesätanssit');
    expect(body).not.toContain('matti@example.fi');
    expect(body).not.toContain('Maija');
    expect(body).toContain('````markdown\n---\n');
  });

  test('reads as staff expect', () => {
    expect(submissionText(draftOf('event', goodEvent))).toMatchInlineSnapshot(`
      "Hyvinvointipuu – Uusi tapahtuma: Kesätanssit

      Tiedosto: content/events/vimpeli/kesatanssit-2027-06-05.md
      Lomake: https://hyvinvointipuu.example/ilmoita/tapahtuma/
      Päivä: 2026-11-30
      Suostumus henkilötietojen julkaisuun: EI. Henkilöiden nimiä, puhelinnumeroita ja sähköpostiosoitteita ei ole julkaistavassa tiedostossa; ne ovat vain henkilökunnalle.

      Vain henkilökunnalle, ei julkaista:
      - Lähettäjä: Matti Meikäläinen, matti@example.fi
      - Lisätietoja antaa (ei lupaa julkaista): Maija Meikäläinen, 040 123 4567

      Henkilökunta tallentaa tämän viestin tiedostoksi ja lisää merkinnän komennolla: npm run new -- --from viesti.txt

      ===== TIEDOSTO ALKAA =====
      ---
      title: Kesätanssit
      start: 2027-06-05 19:00
      end: 2027-06-05 23:30
      place: Lava, Rantatie 2
      audience:
        - everyone
        - families
      organisers:
        - vimpeli/spr-vimpelin-osasto
      branch: kulttuuri-ja-harrastukset
      kind: culture
      summary: "Tanssit lavalla: elävää musiikkia."
      ---

      Ohjelmassa tanssia ja arpajaiset.
      ===== TIEDOSTO PÄÄTTYY =====
      "
    `);
  });
});

describe('the messages next to the fields', () => {
  test('tell an empty field only that it is needed, and a wrong value what is expected', () => {
    const prepared = prepareSubmission('event', { ...goodEvent, titleFi: '', infoEmail: 'x' }, ctx);
    expect(!prepared.ok && prepared.problems).toEqual([
      { field: 'titleFi', message: 'Tämä tieto tarvitaan.' },
      { field: 'infoEmail', message: expect.stringMatching(/^Odotetaan: .+/) },
    ]);
  });

  test('put an end given as a time only, before the start, on the end time', () => {
    expect(fieldsWithProblems('event', { ...goodEvent, endTime: '18:00' })).toEqual(['endTime']);
  });
});

describe('a correction’s own words', () => {
  test('cannot pass for a file to write, even when they hold a whole submission', () => {
    const forged = draftOf('event', goodEvent);
    const text = submissionText(
      draftOf('correction', { target: 'actors/vimpeli/spr-vimpelin-osasto', problem: `Katso:\n${submissionText(forged)}` }),
    );
    expect(parseSubmission(text)).toEqual({ kind: 'correction', target: 'content/actors/vimpeli/spr-vimpelin-osasto.md' });
  });
});
