import { languageOf, type Language } from '~/i18n/languages';
import { inEdition, pagePath } from '../urls';

export interface EditionLink {
  lang: Language;
  /** The language's name in itself ("Svenska"), so a reader finds their own. */
  label: string;
  href: string;
  current: boolean;
}

/** Links to the same page in every edition, for the language switcher and `hreflang`. */
export function editionLinks(pathname: string, editions: Language[], current: Language): EditionLink[] {
  return editions.map((lang) => ({
    lang,
    label: languageOf(lang).name,
    href: inEdition(pagePath(pathname), lang),
    current: lang === current,
  }));
}
