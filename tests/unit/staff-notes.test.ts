import { describe, expect, test } from 'vitest';
import { contactFacts } from '~/lib/exports/contact-facts';
import { hsdsOrganizations } from '~/lib/exports/hsds';
import { datasetItems } from '~/lib/exports/json-export';
import { createTranslator } from '~/lib/i18n';
import { indexContent, type SiteContent } from '~/lib/site-index';
import { buildActorPage } from '~/lib/view-models/actor-page';
import type { PageContext } from '~/lib/page-context';
import { buildEventPage } from '~/lib/view-models/event-page';
import { feedEvent } from '~/lib/view-models/feed-events';
import { buildFruitPage } from '~/lib/view-models/fruit-page';
import { actorSearchData, eventSearchData, fruitSearchData } from '~/lib/view-models/search-data';
import { buildVerificationPage } from '~/lib/view-models/verification-page';
import { siteContent } from '../fixtures/site-content';
import { defaultSettings } from '../fixtures/page-context';
import { languages, type Language } from '~/i18n/languages';

const site = new URL('https://hyvinvointipuu.example/');
const NOTE = 'Tiedot perustuvat Kokeilunpaikka.fi:n raporttiin';

/** The fixture site with staff notes: an actor confirmed long ago, a recent one, a fruit and an event. */
function contentWithNotes(): SiteContent {
  const content = siteContent();
  const actor = (id: string) => content.actors.find((entry) => entry.id === id)!.data;
  Object.assign(actor('alajarvi/tauolla'), { verified: '2018-06-13', note: { fi: `${NOTE} (tauolla).` } });
  Object.assign(actor('alajarvi/lopettanut'), { verified: '2018-06-13' });
  Object.assign(actor('alajarvi/aanekoski-seura'), { verified: '2024-01-01' });
  Object.assign(actor('vimpeli/spr'), { note: { fi: `${NOTE} (SPR).`, en: 'Based on a report (SPR).' } });
  content.fruits[0]!.data.note = { fi: `${NOTE} (hedelmä).` };
  content.events[0]!.data.note = { fi: `${NOTE} (tapahtuma).` };
  return content;
}

function context(lang: Language = 'fi'): PageContext {
  return {
    lang,
    t: createTranslator(lang),
    index: indexContent(contentWithNotes()),
    now: '2026-11-30 12:00',
    settings: defaultSettings,
  };
}

describe('staff notes on public pages', () => {
  test.each(languages)('a note never reaches an actor, fruit or event page model in %s, nor its schema.org data', (lang) => {
    const ctx = context(lang);
    const pages = [
      buildActorPage(ctx, 'alajarvi/tauolla', site),
      buildActorPage(ctx, 'vimpeli/spr', site),
      buildFruitPage(ctx, 'vimpeli/hyvan-teon-kampanja', site),
      buildEventPage(ctx, 'alajarvi/aamiainen', site),
    ];
    for (const page of pages) {
      expect(page).not.toHaveProperty('note');
      expect(JSON.stringify(page)).not.toContain('Kokeilunpaikka');
      expect(JSON.stringify(page)).not.toContain('Based on a report');
    }
  });

  test('a note never reaches the search metadata, the event feed or the open-data exports', () => {
    const ctx = context();
    const { index } = ctx;
    const published = [
      ...index.actors.map((actor) => actorSearchData(ctx, actor)),
      ...index.fruits.map((fruit) => fruitSearchData(ctx, fruit)),
      ...index.events.map((event) => eventSearchData(ctx, event)),
      ...index.events.map((event) => feedEvent(ctx, event, site)),
      ...(['toimijat', 'hedelmat', 'tapahtumat'] as const).map((dataset) => datasetItems(ctx, dataset, site)),
      ...index.actors.map((actor) => contactFacts(ctx, actor, site)),
      hsdsOrganizations(ctx, index.actors, site),
    ];
    expect(JSON.stringify(published)).not.toContain('Kokeilunpaikka');
  });
});

describe('the confirmation line on an actor page', () => {
  test('says in each language when details older than the limit were last confirmed', () => {
    expect(
      ['fi', 'sv', 'en'].map((lang) => buildActorPage(context(lang as 'fi'), 'alajarvi/tauolla', site).confirmation),
    ).toEqual([
      {
        stale: true,
        text: 'Tietoja ei ole vahvistettu äskettäin – viimeksi vahvistettu 13.6.2018.',
        date: '13.6.2018',
        datetime: '2018-06-13',
      },
      expect.objectContaining({ text: 'Uppgifterna har inte bekräftats nyligen – senast bekräftade 13.6.2018.' }),
      expect.objectContaining({ text: 'These details have not been confirmed recently – last confirmed 13/06/2018.' }),
    ]);
  });

  test('is absent for details confirmed within the limit and for a defunct actor', () => {
    expect(buildActorPage(context(), 'vimpeli/spr', site).confirmation).toBeUndefined();
    expect(buildActorPage(context(), 'alajarvi/lopettanut', site).confirmation).toBeUndefined();
  });
});

describe('the staff report of details to confirm', () => {
  test("shows each listed actor's note beside its confirmation date", () => {
    const rows = buildVerificationPage(context()).rows;
    expect(rows.map((row) => [row.name, row.note?.text])).toEqual([
      ['Tauolla ry', `${NOTE} (tauolla).`],
      ['Ääneseura', undefined],
    ]);
  });

  test('lists the notes of recently confirmed actors, fruits and events once each, in the edition with Finnish fallback', () => {
    const notes = buildVerificationPage(context('en')).notes;
    expect(notes.map((row) => [row.kind, row.label.text, row.href, row.municipality, row.note])).toEqual([
      [
        'Actor',
        'SPR:n Vimpelin osasto',
        '/en/vimpeli/toimijat/spr/',
        'Vimpeli',
        { text: 'Based on a report (SPR).', lang: 'en', fallback: false },
      ],
      [
        'Fruit',
        'Hyvän teon kampanja',
        '/en/vimpeli/hedelmat/hyvan-teon-kampanja/',
        'Vimpeli',
        { text: `${NOTE} (hedelmä).`, lang: 'fi', fallback: true },
      ],
      [
        'Event',
        'Kumppanuusaamiainen',
        '/en/alajarvi/tapahtumat/aamiainen/',
        'Alajärvi',
        { text: `${NOTE} (tapahtuma).`, lang: 'fi', fallback: true },
      ],
    ]);
  });
});
