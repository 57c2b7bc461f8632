import { describe, expect, test } from 'vitest';
import { createTranslator } from '~/lib/i18n';
import { indexContent } from '~/lib/site-index';
import { buildActorPage } from '~/lib/view-models/actor-page';
import type { PageContext } from '~/lib/page-context';
import { correctionBox } from '~/lib/view-models/correction-box';
import { buildEventPage } from '~/lib/view-models/event-page';
import { buildFruitPage } from '~/lib/view-models/fruit-page';
import { siteContent } from '../fixtures/site-content';
import { defaultSettings } from '../fixtures/page-context';
import type { CorrectionSettings } from '~/lib/corrections';
import type { Language } from '~/i18n/languages';

function context(lang: Language = 'fi', corrections: CorrectionSettings = defaultSettings.corrections): PageContext {
  const settings = { ...defaultSettings, corrections };
  return { lang, t: createTranslator(lang), index: indexContent(siteContent()), now: '2026-01-01 12:00', settings };
}
const site = new URL('https://hyvinvointipuu.example/');
const withRepository = { repository: 'https://github.com/kunta/hyvinvointipuu', branch: 'main' };

describe('the correction box', () => {
  test('offers staff the editor and everyone the form, each with who it is for', () => {
    const box = correctionBox(context('fi', withRepository), {
      collection: 'fruits',
      id: 'vimpeli/hyvan-teon-kampanja',
      title: 'Hyvän teon kampanja',
      pageUrl: `${site}x/`,
    });
    expect(box.links.slice(0, 2)).toEqual([
      {
        label: 'Muokkaa muokkaimessa',
        href: '/hallinta/#/collections/fruits/entries/vimpeli/hyvan-teon-kampanja',
        note: 'henkilökunnalle, vaatii kirjautumisen',
      },
      {
        label: 'Korjaa tiedot',
        href: '/ilmoita/korjaus/?kohde=fruits/vimpeli/hyvan-teon-kampanja',
        note: 'kaikille, tunnuksia ei tarvita',
      },
    ]);
  });

  test('says in other editions, in words and in hreflang, that the editor is in Finnish', () => {
    const box = correctionBox(context('en', withRepository), {
      collection: 'events',
      id: 'alajarvi/aamiainen',
      title: 'Aamiainen',
      pageUrl: `${site}x/`,
    });
    expect(box.links[0]!.note).toContain('in Finnish');
    expect(box.links[0]!.hreflang).toBe('fi');
    expect(box.links[1]!.href).toBe('/en/ilmoita/korjaus/?kohde=events/alajarvi/aamiainen');
  });

  test('is on every actor, fruit and event page, pointing at that entry', () => {
    const formOf = (links: { href: string }[]) => links.find((link) => link.href.includes('/ilmoita/korjaus/'))!.href;
    expect(formOf(buildActorPage(context(), 'vimpeli/spr', site).corrections.links)).toBe(
      '/ilmoita/korjaus/?kohde=actors/vimpeli/spr',
    );
    expect(formOf(buildFruitPage(context(), 'vimpeli/hyvan-teon-kampanja', site).corrections.links)).toBe(
      '/ilmoita/korjaus/?kohde=fruits/vimpeli/hyvan-teon-kampanja',
    );
    expect(formOf(buildEventPage(context(), 'alajarvi/aamiainen', site).corrections.links)).toBe(
      '/ilmoita/korjaus/?kohde=events/alajarvi/aamiainen',
    );
  });
});
