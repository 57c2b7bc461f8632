import { fileViewUrl, parseRepository } from '../forge';
import type { Language } from '~/i18n/languages';
import { urls } from '../urls';
import type { Crumb } from './common';
import type { PageContext } from '../page-context';

/** The staff guide, a Markdown file of the repository. */
const STAFF_GUIDE_FILE = 'docs/ohje-henkilokunnalle.md';

/** One item of the staff page: a link, or (the guide without a repository) a file to open. */
export interface StaffItem {
  label: string;
  /** Where the link goes; missing when the item names a file instead. */
  href?: string;
  /** The file's path in the repository, shown as code when there is no link. */
  file?: string;
  /** The language of what the link opens when it is not the page's own (the Finnish-only editor). */
  hreflang?: Language;
  description: string;
}

export interface StaffSection {
  id: string;
  heading: string;
  intro: string;
  items: StaffItem[];
}

export interface StaffPage {
  intro: string;
  sections: StaffSection[];
  breadcrumbs: Crumb[];
}

/** Breadcrumbs of a page for staff: the front page, the staff page, then `label`. */
export function staffCrumbs({ t, lang }: PageContext, label: string): Crumb[] {
  return [{ label: t('nav.home'), href: urls.home(lang) }, { label: t('staff.label'), href: urls.staff(lang) }, { label }];
}

/**
 * The staff landing page: the browser editor and its practice mode, the staff guide (on the
 * forge when a repository is configured, otherwise named by its file), the staff reports, and
 * the public forms through which associations send events, actors and corrections.
 */
export function buildStaffPage(ctx: PageContext): StaffPage {
  const settings = ctx.settings.corrections;
  const { t, lang } = ctx;
  const repository = parseRepository(settings.repository, settings.forge);
  const finnishOnly = lang === 'fi' ? {} : { hreflang: 'fi' as const };
  const guide: StaffItem = repository
    ? {
        label: t('staffPage.guide'),
        href: fileViewUrl(repository, settings.branch, STAFF_GUIDE_FILE),
        ...finnishOnly,
        description: t('staffPage.guide.description'),
      }
    : { label: t('staffPage.guide'), file: STAFF_GUIDE_FILE, description: t('staffPage.guide.descriptionFile') };
  return {
    intro: t('staffPage.intro'),
    sections: [
      {
        id: 'muokkain',
        heading: t('staffPage.editing'),
        intro: t('staffPage.editing.intro'),
        items: [
          { label: t('staffPage.editor'), href: urls.editor(), ...finnishOnly, description: t('staffPage.editor.description') },
          {
            label: t('staffPage.practice'),
            href: `${urls.editor()}?harjoittelu`,
            ...finnishOnly,
            description: t('staffPage.practice.description'),
          },
          guide,
        ],
      },
      {
        id: 'raportit',
        heading: t('staffPage.reports'),
        intro: t('staffPage.reports.intro'),
        items: [
          { label: t('clashes.heading'), href: urls.clashes(lang), description: t('staffPage.clashes.description') },
          {
            label: t('announcements.heading'),
            href: urls.announcements(lang),
            description: t('staffPage.announcements.description'),
          },
          {
            label: t('verification.heading'),
            href: urls.verification(lang),
            description: t('staffPage.verification.description'),
          },
        ],
      },
      {
        id: 'lomakkeet',
        heading: t('staffPage.forms'),
        intro: t('staffPage.forms.intro'),
        items: [
          { label: t('submit.event.heading'), href: urls.submitEvent(lang), description: t('staffPage.submitEvent.description') },
          { label: t('submit.actor.heading'), href: urls.submitActor(lang), description: t('staffPage.submitActor.description') },
          {
            label: t('submit.correction.heading'),
            href: urls.submitCorrection(lang),
            description: t('staffPage.submitCorrection.description'),
          },
        ],
      },
    ],
    breadcrumbs: [{ label: t('nav.home'), href: urls.home(lang) }, { label: t('staff.label') }],
  };
}
