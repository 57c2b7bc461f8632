import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test, vi } from 'vitest';
import { readSettings } from '~/config/settings';
import { checkTexts } from '~/i18n/checks';
import { isLanguage, languageName, languages, type Language } from '~/i18n/languages';
import { datasetDocument } from '~/lib/exports/json-export';
import { jsonSchemaOf } from '~/lib/exports/json-schemas';
import { formatDate, formatMonth } from '~/lib/format';
import { createTranslator, dictionaries } from '~/lib/i18n';
import { files, inEdition, pagePath, urls } from '~/lib/urls';
import { editionLinks } from '~/lib/view-models/edition-links';
import { buildSubmissionPage } from '~/lib/view-models/submission-page';
import { eventData, eventFieldOf } from '~/lib/submissions/event';
import { localizedTextSchema, type LocalizedText } from '~/schemas/localized-text';
import { contextOf } from '../fixtures/page-context';
import { siteContent } from '../fixtures/site-content';

/**
 * Northern Sámi, registered the way a maintainer adds an edition: one entry in the registry and
 * its dictionary (here the English words under new values, so that they can be told apart).
 */
vi.mock('~/i18n/registry', async (importOriginal) => {
  const { languageRegistry } = await importOriginal<typeof import('~/i18n/registry')>();
  const dictionary = Object.fromEntries(Object.entries(languageRegistry.en.dictionary).map(([key, text]) => [key, `se:${text}`]));
  return {
    languageRegistry: {
      ...languageRegistry,
      se: { locale: 'se-FI', name: 'Davvisámegiella', dir: 'ltr', edition: true, dictionary },
    },
  };
});

/** The test language: the type knows only the real registry's codes. */
const se = 'se' as Language;

describe('a language added to the registry', () => {
  test('is a language of the site, after Finnish, with its dictionary and its name in Finnish', () => {
    expect(languages).toEqual(['fi', 'sv', 'en', 'se']);
    expect(isLanguage('se')).toBe(true);
    expect(createTranslator(se)('nav.home')).toBe('se:Home');
    expect(Object.keys(dictionaries[se]).sort()).toEqual(Object.keys(dictionaries.fi).sort());
    expect(languageName('se', 'fi')).toBe('pohjoissaame');
  });

  test('is accepted in content as a translation beside the required Finnish, and a code outside the registry is not', () => {
    expect(localizedTextSchema.parse({ fi: 'Kylätalo', se: 'Gilliživiessu' })).toEqual({ fi: 'Kylätalo', se: 'Gilliživiessu' });
    expect(localizedTextSchema.safeParse({ fi: 'Kylätalo', de: 'Dorfhaus' }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ se: 'Gilliživiessu' }).success).toBe(false);
  });

  test('gets its own edition of every page address, and the switcher names it in itself', () => {
    expect(urls.municipality(se, 'vimpeli')).toBe('/se/vimpeli/');
    expect(inEdition(pagePath('/se/vimpeli/toimijat/spr/'), 'fi')).toBe('/vimpeli/toimijat/spr/');
    expect(inEdition(pagePath('/en/vimpeli/'), se)).toBe('/se/vimpeli/');
    expect(files.searchIndex(se)).toBe('/se/pagefind/');
    expect(files.feed(se, 'vimpeli', 'tapahtumat')).toBe('/se/vimpeli/tapahtumat.ics');
    expect(editionLinks('/vimpeli/', ['fi', se], 'fi')).toEqual([
      { lang: 'fi', label: 'Suomi', href: '/vimpeli/', current: true },
      { lang: 'se', label: 'Davvisámegiella', href: '/se/vimpeli/', current: false },
    ]);
  });

  test('is built as an edition by default, and may be chosen or left out', () => {
    expect(readSettings({}).editions).toEqual(['fi', 'sv', 'en', 'se']);
    expect(readSettings({ HYVINVOINTIPUU_EDITIONS: 'se' }).editions).toEqual(['fi', 'se']);
  });

  test('writes dates in its own locale', () => {
    const expected = new Intl.DateTimeFormat('se-FI', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
    expect(formatDate('2026-12-01', se)).toBe(expected.format(new Date(Date.UTC(2026, 11, 1))));
    expect(formatMonth('2026-12', se)).not.toBe(formatMonth('2026-12', 'fi'));
  });

  test('reaches the JSON exports, and the published schema accepts it', () => {
    const content = siteContent();
    const actor = content.actors[0]!;
    actor.data = { ...actor.data, description: { fi: 'Kylätalo ja talkoot.', se: 'Gilliživiessu ja talkkut.' } as LocalizedText };
    const ctx = contextOf(content);
    const document = datasetDocument(ctx, 'toimijat', new URL('https://puu.example/'), '/avoin-data/toimijat.schema.json');
    const exported = (document.items as { id: string; description: unknown }[]).find((item) => item.id === actor.id);
    expect(exported?.description).toEqual({ fi: 'Kylätalo ja talkoot.', se: 'Gilliživiessu ja talkkut.' });
    const schema = jsonSchemaOf('toimijat', 'https://puu.example/avoin-data/toimijat.schema.json');
    expect(JSON.stringify(schema)).toContain('Northern Sami (se) when translated');
    const ajv = addFormats(new Ajv2020({ strict: false }));
    expect(ajv.validate(schema, document), ajv.errorsText()).toBe(true);
  });

  test('gets a title field of its own on the event form, named by the language data', () => {
    const ctx = contextOf(siteContent());
    const form = buildSubmissionPage(ctx, 'event', new URL('https://puu.example/'));
    const titles = form.sections[0]!.fields.filter((field) => field.name.startsWith('title'));
    expect(titles.map((field) => [field.name, field.label])).toEqual([
      ['titleFi', 'Tapahtuman nimi suomeksi'],
      ['titleSv', 'Nimi ruotsiksi'],
      ['titleEn', 'Nimi englanniksi'],
      ['titleSe', 'Nimi, pohjoissaame'],
    ]);
    expect(eventData({ titleFi: 'Kesätanssit', titleSe: 'Geassedánssat' }).title).toEqual({
      fi: 'Kesätanssit',
      se: 'Geassedánssat',
    });
    expect(eventFieldOf(['title', 'se'])).toBe('titleSe');
  });

  test('reads the content check in Finnish until its own messages are written', () => {
    expect(checkTexts[se]).toBe(checkTexts.fi);
  });
});
