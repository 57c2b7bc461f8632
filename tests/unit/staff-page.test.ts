import { describe, expect, test } from 'vitest';
import { createTranslator } from '~/lib/i18n';
import { indexContent } from '~/lib/site-index';
import type { PageContext } from '~/lib/page-context';
import { buildStaffPage, staffCrumbs } from '~/lib/view-models/staff-page';
import { buildVerificationPage } from '~/lib/view-models/verification-page';
import { siteContent } from '../fixtures/site-content';
import { defaultSettings } from '../fixtures/page-context';
import type { CorrectionSettings } from '~/lib/corrections';
import type { Language } from '~/i18n/languages';

function context(lang: Language = 'fi', corrections: CorrectionSettings = defaultSettings.corrections): PageContext {
  const settings = { ...defaultSettings, corrections };
  return { lang, t: createTranslator(lang), index: indexContent(siteContent()), now: '2026-01-01 12:00', settings };
}
const hrefs = (page: ReturnType<typeof buildStaffPage>) =>
  page.sections.map((section) => [section.id, section.items.map((item) => item.href ?? item.file)]);

describe('the staff page', () => {
  test('links the editor, its practice mode, the guide, the staff reports and the public forms', () => {
    const page = buildStaffPage(context('fi', { repository: 'https://github.com/kunta/hyvinvointipuu', branch: 'main' }));
    expect(hrefs(page)).toEqual([
      [
        'muokkain',
        [
          '/hallinta/',
          '/hallinta/?harjoittelu',
          'https://github.com/kunta/hyvinvointipuu/blob/main/docs/ohje-henkilokunnalle.md',
        ],
      ],
      ['raportit', ['/henkilokunta/paallekkaisyydet/', '/henkilokunta/tiedotus/', '/henkilokunta/vahvistettavat/']],
      ['lomakkeet', ['/ilmoita/tapahtuma/', '/ilmoita/toimija/', '/ilmoita/korjaus/']],
    ]);
    expect(page.sections.flatMap((section) => section.items).every((item) => item.description.length > 0)).toBe(true);
  });

  test("links the guide on a GitLab repository's own branch", () => {
    const page = buildStaffPage(
      context('fi', { repository: 'https://gitlab.kunta.fi/verkko/hyvinvointipuu', branch: 'julkaisu' }),
    );
    expect(page.sections[0]!.items[2]!.href).toBe(
      'https://gitlab.kunta.fi/verkko/hyvinvointipuu/-/blob/julkaisu/docs/ohje-henkilokunnalle.md',
    );
  });

  test('names the guide by its file when no repository is configured', () => {
    const guide = buildStaffPage(context('fi', { branch: 'main' })).sections[0]!.items[2]!;
    expect(guide).toMatchObject({ label: 'Ohje henkilökunnalle', file: 'docs/ohje-henkilokunnalle.md' });
    expect(guide.href).toBeUndefined();
  });

  test('keeps its links in the edition and marks the Finnish-only editor in the others', () => {
    const page = buildStaffPage(context('sv', { branch: 'main' }));
    const [editing, reports, forms] = page.sections;
    expect(editing!.items[0]).toMatchObject({ href: '/hallinta/', hreflang: 'fi' });
    expect(editing!.items[0]!.description).toContain('finska');
    expect(reports!.items.map((item) => item.href)).toEqual([
      '/sv/henkilokunta/paallekkaisyydet/',
      '/sv/henkilokunta/tiedotus/',
      '/sv/henkilokunta/vahvistettavat/',
    ]);
    expect(forms!.items[0]!.href).toBe('/sv/ilmoita/tapahtuma/');
    expect(buildStaffPage(context('fi', { branch: 'main' })).sections[0]!.items[0]!.hreflang).toBeUndefined();
  });

  test('is the breadcrumb every staff report leads back to', () => {
    expect(staffCrumbs(context('en'), 'Overlapping events')).toEqual([
      { label: 'Home', href: '/en/' },
      { label: 'For staff', href: '/en/henkilokunta/' },
      { label: 'Overlapping events' },
    ]);
    expect(buildVerificationPage(context()).breadcrumbs[1]).toEqual({ label: 'Henkilökunnalle', href: '/henkilokunta/' });
    expect(buildStaffPage(context()).breadcrumbs).toEqual([{ label: 'Etusivu', href: '/' }, { label: 'Henkilökunnalle' }]);
  });
});
