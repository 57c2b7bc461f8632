import { describe, expect, test } from 'vitest';
import { readEntryFile, SOURCE_KEY, writeEntryFile, type EntryFormat } from '~/lib/editor/entry-file';

const actorFormat: EntryFormat = {
  kind: 'markdown',
  fieldOrder: ['name', 'alternateName', 'kind', 'branches', 'description', 'website', 'status', 'verified', 'note'],
  shorthands: [
    { path: 'description', key: 'fi' },
    { path: 'note', key: 'fi' },
    { path: 'contacts[].title', key: 'fi' },
    { path: 'contacts[].phones[]', key: 'number' },
  ],
  defaults: { status: 'active', languages: ['fi'], serves: [] },
};

const file = `---
name: "SPR:n Vimpelin osasto"
kind: association
# Tarkistettu raportista.
branches: [vapaaehtoistoiminta]
description: Ensiapua ja ystävätoimintaa.
verified: 2018-06-13
note: "Lähde: raportti"
---

Esittely.
`;

/** What the editor hands back after a person changed `changes`. */
function edited(text: string, changes: Record<string, unknown>) {
  return { ...readEntryFile(text, actorFormat), ...changes };
}

describe('the browser editor reads and writes entry files', () => {
  test('reads a plain Finnish text as the Finnish text of a text by language', () => {
    const data = readEntryFile(file, actorFormat);
    expect(data.description).toEqual({ fi: 'Ensiapua ja ystävätoimintaa.' });
    expect(data.note).toEqual({ fi: 'Lähde: raportti' });
    expect(data.body).toBe('Esittely.');
    expect(data[SOURCE_KEY]).toBe(file);
  });

  test('reads short phone numbers and role titles inside lists as their groups', () => {
    const text = '---\nname: Seura\ncontacts:\n  - title: sihteeri\n    phones: [06 123 4567]\n---\n';
    expect(readEntryFile(text, actorFormat).contacts).toEqual([
      { title: { fi: 'sihteeri' }, phones: [{ number: '06 123 4567' }] },
    ]);
  });

  test('writes an entry nobody changed back byte for byte', () => {
    expect(writeEntryFile(edited(file, {}), actorFormat)).toBe(file);
  });

  test('changes only the lines of the one field that was edited', () => {
    const text = writeEntryFile(edited(file, { kind: 'club' }), actorFormat);
    expect(text).toBe(file.replace('kind: association', 'kind: club'));
  });

  test('adds a new field after the field before it in the schema', () => {
    const text = writeEntryFile(edited(file, { alternateName: 'SPR', website: 'https://www.vimpeli.fi/' }), actorFormat);
    expect(text).toBe(
      file
        .replace('kind: association', 'alternateName: SPR\nkind: association')
        .replace('verified:', 'website: https://www.vimpeli.fi/\nverified:'),
    );
  });

  test('leaves out the defaults the editor fills in for fields the file did not have', () => {
    expect(writeEntryFile(edited(file, { status: 'active', languages: ['fi'] }), actorFormat)).toBe(file);
    expect(writeEntryFile(edited(file, { status: 'inactive' }), actorFormat)).toBe(
      file.replace('verified:', 'status: inactive\nverified:'),
    );
  });

  test('leaves out what the editor gives for emptied optional fields', () => {
    const text = writeEntryFile(edited(file, { note: { fi: '', sv: '' }, website: '', alternateName: null }), actorFormat);
    expect(text).toBe(file.replace('note: "Lähde: raportti"\n', ''));
  });

  test('writes a Swedish translation as a text by language in place of the plain text', () => {
    const text = writeEntryFile(
      edited(file, { description: { fi: 'Ensiapua ja ystävätoimintaa.', sv: 'Första hjälp.' } }),
      actorFormat,
    );
    expect(text).toContain('description:\n  fi: Ensiapua ja ystävätoimintaa.\n  sv: Första hjälp.\nverified:');
    expect(text).toContain('name: "SPR:n Vimpelin osasto"\n');
  });

  test('writes a new entry in schema order, without defaults, with texts that YAML could misread in quotes', () => {
    const text = writeEntryFile(
      {
        verified: '2026-12-01',
        status: 'active',
        name: 'Kylä: yhdistys',
        kind: 'association',
        branches: ['kylat-ja-yhteisot'],
        description: { fi: 'On' },
        body: 'Lisää tietoa.',
      },
      actorFormat,
    );
    expect(text).toBe(
      '---\nname: "Kylä: yhdistys"\nkind: association\nbranches:\n  - kylat-ja-yhteisot\ndescription:\n  fi: "On"\nverified: 2026-12-01\n---\n\nLisää tietoa.\n',
    );
  });

  test('keeps the body as it was when only a field changed, and writes a new body when it changed', () => {
    expect(writeEntryFile(edited(file, { body: 'Uusi esittely.' }), actorFormat)).toBe(
      file.replace('Esittely.', 'Uusi esittely.'),
    );
  });

  test('reads a value that ends in --- as a value, not as the end of the frontmatter', () => {
    const text = '---\nname: Tanssit---\nkind: club\n---\n\nTeksti.\n';
    expect(readEntryFile(text, actorFormat)).toMatchObject({ name: 'Tanssit---', kind: 'club', body: 'Teksti.' });
    expect(writeEntryFile(edited(text, { kind: 'association' }), actorFormat)).toBe(text.replace('club', 'association'));
  });

  test('keeps a group written in another order than the editor uses', () => {
    const text = file.replace('description: Ensiapua ja ystävätoimintaa.', 'description:\n  en: First aid.\n  fi: Ensiapua.');
    expect(writeEntryFile(edited(text, { kind: 'club' }), actorFormat)).toBe(text.replace('kind: association', 'kind: club'));
  });

  test('keeps the Windows line ends of a file written with them', () => {
    const text = file.replace(/\n/g, '\r\n');
    expect(writeEntryFile(edited(text, { kind: 'club' }), actorFormat)).toBe(text.replace('kind: association', 'kind: club'));
  });

  test('writes a YAML entry without frontmatter', () => {
    const format: EntryFormat = { kind: 'yaml', fieldOrder: ['name', 'address'], shorthands: [], defaults: {} };
    const yaml = 'name: Hotelli Kivitippu\n';
    expect(writeEntryFile({ ...readEntryFile(yaml, format), address: 'Kivitipuntie 1, Lappajärvi' }, format)).toBe(
      'name: Hotelli Kivitippu\naddress: Kivitipuntie 1, Lappajärvi\n',
    );
  });
});
