import type { Language } from '../schemas/localized-text';
import { municipalityOfId, slugOfId } from './entry-id';

/**
 * Every page address in one place. Finnish pages live at the root; other editions get a
 * language prefix (`/en/…`) and keep the same path, so a language switcher only swaps it.
 */
function path(lang: Language, ...segments: string[]): string {
  const prefix = lang === 'fi' ? '' : `/${lang}`;
  const rest = segments.filter(Boolean).join('/');
  return `${prefix}/${rest}${rest ? '/' : ''}`;
}

export const urls = {
  home: (lang: Language) => path(lang),
  /** The A–Ö directory; its later pages are `/toimijat/2/`, … */
  directory: (lang: Language, page = 1) => path(lang, 'toimijat', page > 1 ? String(page) : ''),
  search: (lang: Language) => path(lang, 'haku'),
  calendar: (lang: Language) => path(lang, 'tapahtumat'),
  municipalityCalendar: (lang: Language, municipalityId: string) => path(lang, municipalityId, 'tapahtumat'),
  branchCalendar: (lang: Language, branchId: string) => path(lang, 'tapahtumat', 'kasvusto', branchId),
  breakfasts: (lang: Language) => path(lang, 'kumppanuusaamiaiset'),
  /** The staff landing page: the editor, the guide and the staff reports. */
  staff: (lang: Language) => path(lang, 'henkilokunta'),
  /** The browser editor (Finnish only); `entry` opens one entry, e.g. `actors/vimpeli/spr`. */
  editor: (entry?: string) => `/hallinta/${entry ? `#/collections/${entry.replace(/^(\w+)\//, '$1/entries/')}` : ''}`,
  clashes: (lang: Language) => path(lang, 'henkilokunta', 'paallekkaisyydet'),
  announcements: (lang: Language) => path(lang, 'henkilokunta', 'tiedotus'),
  verification: (lang: Language) => path(lang, 'henkilokunta', 'vahvistettavat'),
  /** Calendar feeds (iCalendar), one set per edition in its language; the event's own one sits beside its page. */
  feed: (lang: Language, ...scope: string[]) => `${path(lang, ...scope).replace(/\/$/, '')}.ics`,
  eventFeed: (lang: Language, eventId: string) => nested(lang, 'tapahtumat', eventId).replace(/\/$/, '.ics'),
  /** The RSS feed of upcoming events: Finnish, one for every edition. */
  rss: () => '/tapahtumat.xml',
  municipality: (lang: Language, municipalityId: string) => path(lang, municipalityId),
  branch: (lang: Language, municipalityId: string, branchId: string) => path(lang, municipalityId, 'kasvustot', branchId),
  /** Nested ids: `vimpeli/spr` → `/vimpeli/toimijat/spr/`. */
  actor: (lang: Language, actorId: string) => nested(lang, 'toimijat', actorId),
  fruit: (lang: Language, fruitId: string) => nested(lang, 'hedelmat', fruitId),
  event: (lang: Language, eventId: string) => nested(lang, 'tapahtumat', eventId),
  page: (lang: Language, pageId: string) => path(lang, pageId),
  openData: (lang: Language) => path(lang, 'avoin-data'),
  /** Each edition's own Pagefind search index: `/pagefind/`, `/sv/pagefind/`, … */
  searchIndex: (lang: Language) => path(lang, 'pagefind'),
  /** The attractions guide of the region, or of one municipality. */
  attractions: (lang: Language, municipalityId?: string) =>
    path(lang, ...(municipalityId ? [municipalityId] : []), 'vetovoimatekijat'),
  /** A municipality presented to people thinking of moving there. */
  livingHere: (lang: Language, municipalityId: string) => path(lang, municipalityId, 'muuttajalle'),
  /** A file of the open-data exports, the same for every edition: `openDataFile('vimpeli', 'yhteystiedot.csv')`. */
  openDataFile: (...segments: string[]) => `/avoin-data/${segments.join('/')}`,
  /** The forms for submitting an event or an actor, or a correction, without an account (`?kunta=`, `?kohde=` fill them in). */
  submitEvent: (lang: Language) => path(lang, 'ilmoita', 'tapahtuma'),
  submitActor: (lang: Language) => path(lang, 'ilmoita', 'toimija'),
  /** `target` is `<collection>/<id>`, e.g. `actors/vimpeli/spr-vimpelin-osasto`: the form opens on that entry. */
  submitCorrection: (lang: Language, target?: string) =>
    `${path(lang, 'ilmoita', 'korjaus')}${target ? `?kohde=${encodeURIComponent(target).replace(/%2F/g, '/')}` : ''}`,
  /** The standalone A3 poster of a municipality's tree. */
  poster: (lang: Language, municipalityId: string) => `${path(lang, municipalityId)}hyvinvointipuu.svg`,
  /** The same poster as a PDF for printing on A3 or A4. */
  posterPdf: (lang: Language, municipalityId: string, size: 'a3' | 'a4') => `${path(lang, municipalityId)}juliste-${size}.pdf`,
};

function nested(lang: Language, section: string, id: string): string {
  return path(lang, municipalityOfId(id), section, slugOfId(id));
}

/** The path without its edition prefix: `/en/vimpeli/` → `/vimpeli/`. */
function withoutEdition(pathname: string): string {
  return pathname.replace(/^\/(sv|en)(?=\/|$)/, '') || '/';
}

/** The same page in another edition: `inEdition('/en/vimpeli/', 'sv')` → `/sv/vimpeli/`. */
export function inEdition(pathname: string, lang: Language): string {
  const path = withoutEdition(pathname);
  return lang === 'fi' ? path : `/${lang}${path}`;
}
