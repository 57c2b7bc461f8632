import { describe, expect, test } from 'vitest';
import { actorSchema } from '~/schemas/actor';
import { createTranslator } from '~/lib/i18n';
import { indexContent } from '~/lib/site-index';
import { buildActorPage } from '~/lib/view-models/actor-page';
import { buildBranchPage } from '~/lib/view-models/branch-page';
import type { PageContext } from '~/lib/page-context';
import { buildDirectoryPages, DIRECTORY_PAGE_SIZE } from '~/lib/view-models/directory-page';
import { buildHomePage } from '~/lib/view-models/home-page';
import { buildMunicipalityPage } from '~/lib/view-models/municipality-page';
import { siteContent } from '../fixtures/site-content';
import { defaultSettings } from '../fixtures/page-context';
import type { Language } from '~/i18n/languages';

function context(lang: Language = 'fi'): PageContext {
  return {
    lang,
    t: createTranslator(lang),
    index: indexContent(siteContent()),
    now: '2026-01-01 12:00',
    settings: defaultSettings,
  };
}
const site = new URL('https://hyvinvointipuu.example/');

describe('the municipality page', () => {
  test('lists branches parents first, sub-branches after their parent, by order', () => {
    const page = buildMunicipalityPage(context(), 'vimpeli', site);
    expect(page.sections.map((section) => `${'  '.repeat(section.depth)}${section.id}`)).toEqual([
      'terveys',
      '  vapaaehtoistoiminta',
    ]);
  });

  test('names the branches with nothing recorded in one line, without links to their empty pages', () => {
    expect(buildMunicipalityPage(context(), 'vimpeli', site).emptyBranches.map((label) => label.text)).toEqual(['Liikunta']);
    // Alajärvi's Vapaaehtoistoiminta has the Vimpeli actor that serves Alajärvi, so it is not empty.
    expect(buildMunicipalityPage(context(), 'alajarvi', site).emptyBranches).toEqual([]);
  });

  test('lists own and serving actors under each of their branches, in Finnish alphabetical order, without defunct ones', () => {
    const page = buildMunicipalityPage(context(), 'alajarvi', site);
    const names = Object.fromEntries(page.sections.map((section) => [section.id, section.actors.map((actor) => actor.name)]));
    expect(names).toEqual({
      liikunta: ['Tauolla ry', 'Urheiluseura', 'Ääneseura'],
      terveys: ['Urheiluseura'],
      vapaaehtoistoiminta: ['SPR:n Vimpelin osasto'],
    });
    expect(page.sections[0]!.actors[0]!.status).toBe('tauolla');
  });

  test('says where an actor from elsewhere is based, in the same words as every listing', () => {
    const spr = buildMunicipalityPage(context(), 'alajarvi', site).sections.at(-1)!.actors[0]!;
    expect(spr.basedElsewhere).toBe('Vimpeli, toimii myös kunnassa Alajärvi');
    expect(buildMunicipalityPage(context(), 'vimpeli', site).sections.at(-1)!.actors[0]!.basedElsewhere).toBeUndefined();
  });

  test('counts the municipality and each branch as its front-page card does', () => {
    const page = buildMunicipalityPage(context(), 'alajarvi', site);
    expect(page.counts).toBe('4 toimijaa · 1 tapahtuma');
    expect(page.sections.map((section) => section.counts)).toEqual(['3 toimijaa · 1 tapahtuma', '2 toimijaa', '1 toimija']);
  });

  test('marks Finnish text as a fallback on the English edition only when it is not translated', () => {
    const page = buildMunicipalityPage(context('en'), 'alajarvi', site);
    expect(page.intro).toEqual({ text: 'Alajärvi is a municipality.', lang: 'en', fallback: false });
    expect(page.sections[0]!.name).toEqual({ text: 'Liikunta', lang: 'fi', fallback: true });
  });
});

describe('the branch page', () => {
  test('a main branch gathers the actors, fruits and visitors of its sub-branches', () => {
    const page = buildBranchPage(context(), 'alajarvi', 'terveys');
    expect(page.actors.map((actor) => actor.name)).toEqual(['Urheiluseura', 'SPR:n Vimpelin osasto']);
    expect(page.counts).toBe('2 toimijaa');
    expect(page.subBranches).toEqual([
      {
        label: expect.objectContaining({ text: 'Vapaaehtoistoiminta' }),
        href: '/alajarvi/kasvustot/vapaaehtoistoiminta/',
        counts: '1 toimija',
      },
    ]);
    expect(page.otherMunicipalities.map((link) => link.href)).toEqual(['/vimpeli/kasvustot/terveys/']);
    expect(page.nextSteps).toBeUndefined();
  });

  test('an empty branch says what the branch is and offers the next steps instead of empty pages', () => {
    const page = buildBranchPage(context(), 'vimpeli', 'liikunta');
    expect(page.description.text).toBe('Liikunta.');
    expect(page.counts).toBe('0 toimijaa');
    expect(page.nextSteps).toEqual([
      { label: 'Ehdota toimijaa', href: '/ilmoita/toimija/?kunta=vimpeli' },
      { label: 'Ilmoita tapahtuma', href: '/ilmoita/tapahtuma/?kunta=vimpeli&kasvusto=liikunta' },
      { label: 'Kunnan verkkosivut: Vimpeli', href: 'https://www.vimpeli.fi/' },
      { label: 'Toimijat A–Ö', href: '/toimijat/' },
    ]);
    expect(page.otherMunicipalities.map((link) => link.href)).toEqual(['/alajarvi/kasvustot/liikunta/']);
  });

  test('leaves municipalities with nothing on the branch out of the list and counts them', () => {
    const page = buildBranchPage(context(), 'alajarvi', 'liikunta');
    expect(page.otherMunicipalities).toEqual([]);
    expect(page.othersLeftOut).toBe(1);
  });
});

describe('the actor page', () => {
  test('turns phone numbers into international tel: links and emails into mailto: links', () => {
    const page = buildActorPage(context(), 'vimpeli/spr', site);
    expect(page.email).toEqual({ text: 'vimpeli@example.org', href: 'mailto:vimpeli@example.org' });
    expect(page.contacts[0]!.email?.href).toBe('mailto:pj@example.org');
    expect(page.contacts[0]!.phones.map(({ href, type }) => [href, type])).toEqual([
      ['tel:+35861234567', 'puhelin'],
      ['tel:+358407654321', 'tekstiviesti'],
    ]);
  });

  test('links the fruits the actor is a partner in, also across municipalities', () => {
    expect(buildActorPage(context(), 'alajarvi/urheiluseura', site).fruits.map((link) => link.href)).toEqual([
      '/vimpeli/hedelmat/hyvan-teon-kampanja/',
    ]);
  });

  test('describes the actor as schema.org data', () => {
    expect(buildActorPage(context(), 'vimpeli/spr', site).jsonLd).toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@id": "https://hyvinvointipuu.example/vimpeli/toimijat/spr/",
        "@type": "NGO",
        "contactPoint": [
          {
            "@type": "ContactPoint",
            "contactType": "puheenjohtaja",
            "email": "pj@example.org",
            "telephone": "+35861234567",
          },
        ],
        "description": "Kuvaus.",
        "email": "vimpeli@example.org",
        "name": "SPR:n Vimpelin osasto",
        "taxID": "1234567-1",
        "telephone": "+35861234567",
        "url": "https://hyvinvointipuu.example/vimpeli/toimijat/spr/",
      }
    `);
  });

  test('keeps the page of a defunct actor and says so', () => {
    const page = buildActorPage(context(), 'alajarvi/lopettanut', site);
    expect(page.status).toEqual({ label: 'lopettanut', defunct: true, active: false });
  });
});

describe('the front page and the directory', () => {
  test('count listed actors based in or serving each municipality, and list the partnership breakfasts', () => {
    const page = buildHomePage(context());
    expect(page.municipalities.map((card) => [card.name.text, card.counts])).toEqual([
      ['Alajärvi', '4 toimijaa · 1 tapahtuma'],
      ['Vimpeli', '1 toimija · 1 hedelmä'],
    ]);
    expect(page.breakfasts.map((event) => [event.when, event.attendance])).toEqual([['17.4.2018', 10]]);
  });

  test('group actors by initial letter with Ä after Z', () => {
    expect(buildDirectoryPages(context())[0]!.groups.map((group) => group.letter)).toEqual(['S', 'T', 'U', 'Ä']);
  });
});

describe('the A–Ö directory at scale', () => {
  test('cuts a long directory into pages whose letters link to where each letter starts', () => {
    const content = siteContent();
    for (let i = 0; i < 600; i++) {
      content.actors.push({
        id: `vimpeli/seura-${i}`,
        data: actorSchema.parse({
          name: `${i < 300 ? 'Kylä' : 'Seura'} ${String(i).padStart(3, '0')}`,
          kind: 'club',
          branches: ['liikunta'],
          description: 'Kuvaus.',
          verified: '2026-01-15',
        }),
      });
    }
    const ctx = {
      lang: 'fi' as const,
      t: createTranslator('fi'),
      index: indexContent(content),
      now: '2026-01-01 12:00',
      settings: defaultSettings,
    };
    const pages = buildDirectoryPages(ctx);
    const listed = 604; // 600 added + 4 listed fixture actors (the defunct one is left out)
    expect(pages).toHaveLength(Math.ceil(listed / DIRECTORY_PAGE_SIZE));
    expect(pages.map((page) => page.groups.flatMap((group) => group.actors).length)).toEqual([250, 250, 104]);
    expect(pages[0]!.letters.find((link) => link.letter === 'S')!.href).toBe('/toimijat/2/#kirjain-s');
    // The municipality page lists a branch of hundreds by name only; short branches keep their descriptions.
    const sections = buildMunicipalityPage(ctx, 'vimpeli', site).sections;
    expect(sections.map((section) => [section.id, section.actors.length, section.compact])).toEqual([
      ['liikunta', 600, true],
      ['terveys', 0, false],
      ['vapaaehtoistoiminta', 1, false],
    ]);
    expect(pages[1]!.pages.map((link) => [link.href, link.current])).toEqual([
      ['/toimijat/', false],
      ['/toimijat/2/', true],
      ['/toimijat/3/', false],
    ]);
  });
});
