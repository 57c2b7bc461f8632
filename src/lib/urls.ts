import { isLanguage, type Language } from '~/i18n/languages';
import { municipalityOfId, slugOfId } from './entry-id';

/**
 * A page's address in one edition (`/sv/vimpeli/`). Only `urls` makes them (and `pagePath`
 * from the address of the page being built), so a file's address cannot pass for a page's and
 * be given another edition's prefix.
 */
export type PagePath = string & { readonly addressOf: 'page' };

/** A file's address (feed, export, poster, search index): only `files` makes them. */
export type FilePath = string & { readonly addressOf: 'file' };

/**
 * Every page address in one place. Finnish pages live at the root; other editions get a
 * language prefix (`/en/…`) and keep the same path, so a language switcher only swaps it.
 */
function path(lang: Language, ...segments: string[]): PagePath {
  const prefix = lang === 'fi' ? '' : `/${lang}`;
  const rest = segments.filter(Boolean).join('/');
  return `${prefix}/${rest}${rest ? '/' : ''}` as PagePath;
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
  editor: (entry?: string) => `/hallinta/${entry ? `#/collections/${entry.replace(/^(\w+)\//, '$1/entries/')}` : ''}` as PagePath,
  clashes: (lang: Language) => path(lang, 'henkilokunta', 'paallekkaisyydet'),
  announcements: (lang: Language) => path(lang, 'henkilokunta', 'tiedotus'),
  verification: (lang: Language) => path(lang, 'henkilokunta', 'vahvistettavat'),
  municipality: (lang: Language, municipalityId: string) => path(lang, municipalityId),
  branch: (lang: Language, municipalityId: string, branchId: string) => path(lang, municipalityId, 'kasvustot', branchId),
  /** Nested ids: `vimpeli/spr` → `/vimpeli/toimijat/spr/`. */
  actor: (lang: Language, actorId: string) => nested(lang, 'toimijat', actorId),
  fruit: (lang: Language, fruitId: string) => nested(lang, 'hedelmat', fruitId),
  event: (lang: Language, eventId: string) => nested(lang, 'tapahtumat', eventId),
  page: (lang: Language, pageId: string) => path(lang, pageId),
  openData: (lang: Language) => path(lang, 'avoin-data'),
  /** The attractions guide of the region, or of one municipality. */
  attractions: (lang: Language, municipalityId?: string) =>
    path(lang, ...(municipalityId ? [municipalityId] : []), 'vetovoimatekijat'),
  /** A municipality presented to people thinking of moving there. */
  livingHere: (lang: Language, municipalityId: string) => path(lang, municipalityId, 'muuttajalle'),
  /** The forms for submitting an event or an actor, or a correction, without an account (`?kunta=`, `?kohde=` fill them in). */
  submitEvent: (lang: Language) => path(lang, 'ilmoita', 'tapahtuma'),
  submitActor: (lang: Language) => path(lang, 'ilmoita', 'toimija'),
  /** `target` is `<collection>/<id>`, e.g. `actors/vimpeli/spr-vimpelin-osasto`: the form opens on that entry. */
  submitCorrection: (lang: Language, target?: string) =>
    `${path(lang, 'ilmoita', 'korjaus')}${target ? `?kohde=${encodeURIComponent(target).replace(/%2F/g, '/')}` : ''}`,
};

/**
 * The national site's pages (`npm run build:national`): the forest of regions at the root, a page
 * per region at its folder name, each region's A–Ö below it. Search and open data keep the
 * regional addresses (`urls.search`, `urls.openData`).
 */
export const nationalUrls = {
  region: (lang: Language, regionId: string) => path(lang, regionId),
  directory: (lang: Language) => path(lang, 'toimijat'),
  regionDirectory: (lang: Language, regionId: string) => path(lang, regionId, 'toimijat'),
};

/**
 * Every file address in one place, in two kinds: files that exist once, at the root, take no
 * language (there is no `/sv/avoin-data/`), and files made per edition, in its language, take
 * one.
 */
export const files = {
  /** A file of the open-data exports, the same for every edition: `openData('vimpeli', 'yhteystiedot.csv')`. */
  openData: (...segments: string[]) => `/avoin-data/${segments.join('/')}` as FilePath,
  /** What the regional site tells the national site, one file per edition (`src/lib/national/region-summary.ts`). */
  regionSummary: (lang: Language) => `/avoin-data/alue.${lang}.json` as FilePath,
  /** The RSS feed of upcoming events: Finnish, one for every edition. */
  rss: () => '/tapahtumat.xml' as FilePath,
  /** Each edition's own Pagefind search index folder: `/pagefind/`, `/sv/pagefind/`, … */
  searchIndex: (lang: Language) => path(lang, 'pagefind') as string as FilePath,
  /** Calendar feeds (iCalendar), one set per edition in its language; the event's own one sits beside its page. */
  feed: (lang: Language, ...scope: string[]) => `${path(lang, ...scope).replace(/\/$/, '')}.ics` as FilePath,
  eventFeed: (lang: Language, eventId: string) => nested(lang, 'tapahtumat', eventId).replace(/\/$/, '.ics') as FilePath,
  /** The standalone A3 poster of a municipality's tree, in the edition's language. */
  poster: (lang: Language, municipalityId: string) => `${path(lang, municipalityId)}hyvinvointipuu.svg` as FilePath,
  /** The same poster as a PDF for printing on A3 or A4. */
  posterPdf: (lang: Language, municipalityId: string, size: 'a3' | 'a4') =>
    `${path(lang, municipalityId)}juliste-${size}.pdf` as FilePath,
};

function nested(lang: Language, section: string, id: string): PagePath {
  return path(lang, municipalityOfId(id), section, slugOfId(id));
}

/** The path without its edition prefix: `/en/vimpeli/` → `/vimpeli/`. */
function withoutEdition(pathname: string): string {
  const [, first = '', rest = '/'] = /^\/([^/]*)(\/.*)?$/.exec(pathname) ?? [];
  return first !== 'fi' && isLanguage(first) ? rest : pathname || '/';
}

/**
 * The address of the page being built (Astro's `url.pathname`) as a page address. A file's
 * address is refused: it exists in the editions it was made for, not in every one.
 */
export function pagePath(pathname: string): PagePath {
  if (/\.[a-z0-9]+$/i.test(pathname) && !pathname.endsWith('.html')) {
    throw new Error(`Not a page's address: ${pathname}`);
  }
  return pathname as PagePath;
}

/** The same page in another edition: `inEdition('/en/vimpeli/', 'sv')` → `/sv/vimpeli/`. */
export function inEdition(pathname: PagePath, lang: Language): PagePath {
  const path = withoutEdition(pathname);
  return (lang === 'fi' ? path : `/${lang}${path}`) as PagePath;
}
