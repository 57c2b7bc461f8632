import { describe, expect, test } from 'vitest';
import { eventSchema } from '~/schemas/event';
import { fruitSchema } from '~/schemas/fruit';
import type { Language } from '~/i18n/languages';
import { createTranslator } from '~/lib/i18n';
import { indexContent } from '~/lib/site-index';
import { files, inEdition, pagePath, urls } from '~/lib/urls';
import { buildAttractionsPage } from '~/lib/view-models/attractions';
import type { PageContext } from '~/lib/page-context';
import { editionLinks } from '~/lib/view-models/edition-links';
import { buildLivingHerePage } from '~/lib/view-models/living-here-page';
import { buildMunicipalityTree } from '~/lib/view-models/tree';
import { siteContent } from '../fixtures/site-content';
import { defaultSettings } from '../fixtures/page-context';

const site = new URL('https://hyvinvointipuu.example/');

/** The shared fixture plus coming events (one by a partner of the attraction, one elsewhere) and a plain fruit. */
function context(lang: Language = 'fi'): PageContext {
  const content = siteContent();
  const event = (id: string, fields: Record<string, unknown>) => ({
    id,
    data: eventSchema.parse({ title: 'Tapahtuma', place: 'Seurantalo', kind: 'meeting', summary: 'Tulossa.', ...fields }),
  });
  content.events.push(
    event('alajarvi/ensiapukurssi', { start: '2027-02-01 18:00', organisers: ['vimpeli/spr'], branch: 'terveys' }),
    event('alajarvi/peruttu', { start: '2027-02-02 18:00', organisers: ['vimpeli/spr'], branch: 'terveys', status: 'cancelled' }),
    event('alajarvi/turnaus', { start: '2027-03-01', organisers: ['alajarvi/aanekoski-seura'], branch: 'liikunta' }),
  );
  content.fruits.push({
    id: 'alajarvi/kerhotila',
    data: fruitSchema.parse({
      title: 'Kerhotila',
      branch: 'liikunta',
      partners: ['alajarvi/urheiluseura'],
      date: 2019,
      kind: 'partnership-result',
      summary: 'Yhteinen tila.',
    }),
  });
  return { lang, t: createTranslator(lang), index: indexContent(content), now: '2026-11-30 12:00', settings: defaultSettings };
}

describe('the attractions guide', () => {
  test('shows only fruits flagged as attractions, grouped by municipality, and counts the left-out others in one line', () => {
    const page = buildAttractionsPage(context(), site);
    expect(page.groups.map((group) => [group.municipality.label.text, group.attractions.map((a) => a.title.text)])).toEqual([
      ['Vimpeli', ['Hyvän teon kampanja']],
    ]);
    expect(page.leftOut).toBe(1);
    expect(page.nextSteps).toBeUndefined();
  });

  test("a municipality's guide with no attraction offers the next steps", () => {
    const page = buildAttractionsPage(context(), site, 'alajarvi');
    expect(page.groups).toEqual([]);
    expect(page.nextSteps?.map((step) => step.href)).toEqual([
      '/ilmoita/toimija/?kunta=alajarvi',
      '/ilmoita/tapahtuma/?kunta=alajarvi',
      'https://www.alajarvi.fi/',
      '/toimijat/',
    ]);
  });

  test('gives each attraction its partners, branch, place and coming events by its partners, not cancelled ones', () => {
    const [attraction] = buildAttractionsPage(context(), site, 'vimpeli').groups[0]!.attractions;
    expect(attraction!.partners.map((partner) => partner.href)).toEqual([
      '/vimpeli/toimijat/spr/',
      '/alajarvi/toimijat/urheiluseura/',
    ]);
    expect(attraction!.branch.label.text).toBe('Vapaaehtoistoiminta');
    expect(attraction!.municipality.label.text).toBe('Vimpeli');
    expect(attraction!.events.map((event) => event.href)).toEqual(['/alajarvi/tapahtumat/ensiapukurssi/']);
  });

  test('describes attractions as schema.org TouristAttractions with their place and coming events', () => {
    const graph = buildAttractionsPage(context('en'), site).jsonLd['@graph'] as Record<string, any>[];
    expect(graph).toHaveLength(1);
    expect(graph[0]).toMatchObject({
      '@type': 'TouristAttraction',
      name: 'Hyvän teon kampanja',
      url: 'https://hyvinvointipuu.example/en/vimpeli/hedelmat/hyvan-teon-kampanja/',
      address: { '@type': 'PostalAddress', addressLocality: 'Vimpeli', addressCountry: 'FI' },
      subjectOf: [{ '@type': 'Event', startDate: '2027-02-01T18:00:00+02:00' }],
    });
  });

  test("uses the edition's language and addresses", () => {
    const page = buildAttractionsPage(context('en'), site, 'vimpeli');
    expect(page.heading).toBe('Attractions: Vimpeli');
    expect(page.groups[0]!.attractions[0]!.href).toBe('/en/vimpeli/hedelmat/hyvan-teon-kampanja/');
  });
});

describe('the living-here page', () => {
  test('counts actors and fruits as every page does, and coming events, sub-branches and visitors included', () => {
    const page = buildLivingHerePage(context(), 'alajarvi');
    expect(page.offers.map((offer) => [offer.name.text, offer.actorCount, offer.fruitCount, offer.eventCount])).toEqual([
      ['Liikunta', 3, 1, 1],
      ['Terveys', 2, 0, 1],
    ]);
    expect(page.quietBranches).toEqual([]);
  });

  test('highlights the actors who do most together first', () => {
    const liikunta = buildLivingHerePage(context(), 'alajarvi').offers[0]!;
    expect(liikunta.highlights.map((link) => link.label.text)).toEqual(['Urheiluseura', 'Ääneseura']);
    expect(liikunta.fruits.map((link) => link.label.text)).toEqual(['Kerhotila']);
  });

  test('lists its attractions, coming events and the municipality website', () => {
    const page = buildLivingHerePage(context(), 'vimpeli');
    expect(page.attractions.map((attraction) => attraction.title.text)).toEqual(['Hyvän teon kampanja']);
    expect(page.contacts.website).toBe('https://www.vimpeli.fi/');
    expect(buildLivingHerePage(context(), 'alajarvi').events.map((event) => event.href)).toEqual([
      '/alajarvi/tapahtumat/ensiapukurssi/',
      '/alajarvi/tapahtumat/turnaus/',
    ]);
  });
});

describe('the language editions', () => {
  test('switching keeps the reader on the same page', () => {
    expect(inEdition(pagePath('/vimpeli/toimijat/spr/'), 'sv')).toBe('/sv/vimpeli/toimijat/spr/');
    expect(inEdition(pagePath('/sv/vimpeli/toimijat/spr/'), 'en')).toBe('/en/vimpeli/toimijat/spr/');
    expect(inEdition(pagePath('/en/'), 'fi')).toBe('/');
    expect(inEdition(pagePath('/ensiapu/'), 'sv')).toBe('/sv/ensiapu/');
  });

  test('keeps files apart from pages: root files have no edition, per-edition files carry theirs', () => {
    expect(files.openData('vimpeli', 'yhteystiedot.csv')).toBe('/avoin-data/vimpeli/yhteystiedot.csv');
    expect(files.rss()).toBe('/tapahtumat.xml');
    expect(files.feed('sv', 'vimpeli', 'tapahtumat')).toBe('/sv/vimpeli/tapahtumat.ics');
    expect(files.posterPdf('en', 'vimpeli', 'a4')).toBe('/en/vimpeli/juliste-a4.pdf');
    // A file's address cannot be given another edition's prefix: the types refuse it, and so
    // does the check at the boundary where a built page's own address comes in.
    // @ts-expect-error a file address is not a page address (the type check of the test suite fails without the error)
    const refused: Parameters<typeof inEdition>[0] = files.openData('yhteystiedot.csv');
    void refused;
    expect(() => pagePath(files.openData('yhteystiedot.csv'))).toThrow("Not a page's address");
    expect(() => pagePath('/sv/vimpeli/tapahtumat.ics')).toThrow("Not a page's address");
    expect(inEdition(urls.calendar('fi'), 'sv')).toBe('/sv/tapahtumat/');
  });

  test('names each language in itself and marks the current one', () => {
    expect(editionLinks('/en/toimijat/', ['fi', 'sv', 'en'], 'en')).toEqual([
      { lang: 'fi', label: 'Suomi', href: '/toimijat/', current: false },
      { lang: 'sv', label: 'Svenska', href: '/sv/toimijat/', current: false },
      { lang: 'en', label: 'English', href: '/en/toimijat/', current: true },
    ]);
  });

  test('the tree marks names shown in Finnish on another edition, and only there', () => {
    const swedish = buildMunicipalityTree(context('sv'), 'vimpeli').svg;
    expect(swedish).toMatch(/<text [^>]*lang="fi"[^>]*>Hyvän teon kampanja<\/text>/);
    expect(buildMunicipalityTree(context('fi'), 'vimpeli').svg).not.toContain('lang="fi"');
  });
});

describe('the forest on a national front page', () => {
  test('draws the trees of the municipalities with most actors, at most eight, and counts them all', async () => {
    const { municipalitySchema } = await import('~/schemas/municipality');
    const { actorSchema } = await import('~/schemas/actor');
    const { buildForest, FOREST_MAX_TREES } = await import('~/lib/view-models/tree');
    const content = siteContent();
    for (let i = 1; i <= 10; i++) {
      content.municipalities.push({
        id: `kunta-${i}`,
        data: municipalitySchema.parse({
          name: `Kunta ${i}`,
          code: String(100 + i),
          status: 'municipality',
          region: { name: 'Etelä-Pohjanmaa', code: '14' },
          website: `https://example.org/kunta-${i}/`,
          intro: 'Kunta.',
        }),
      });
      for (let j = 0; j < i; j++) {
        content.actors.push({
          id: `kunta-${i}/seura-${j}`,
          data: actorSchema.parse({
            name: `Seura ${i}-${j}`,
            kind: 'club',
            branches: ['liikunta'],
            description: 'Seura.',
            verified: '2026-01-15',
          }),
        });
      }
    }
    const ctx = {
      lang: 'fi' as const,
      t: createTranslator('fi'),
      index: indexContent(content),
      now: '2026-11-30 12:00',
      settings: defaultSettings,
    };
    const forest = buildForest(ctx);
    expect(forest).toMatchObject({ shown: FOREST_MAX_TREES, total: 12 });
    expect(FOREST_MAX_TREES).toBe(8);
    expect(forest.svg).toContain('aria-label="Kunta 10:');
    expect(forest.svg).not.toContain('aria-label="Kunta 1:');
  });
});
