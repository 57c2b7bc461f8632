import en from './en.json';
import fi from './fi.json';
import sv from './sv.json';

/** What the site knows of one language. */
export interface LanguageEntry {
  /** The locale dates and numbers are written in, e.g. `sv-FI` for Swedish as written in Finland. */
  locale: string;
  /** The language's name in itself, as the language switcher shows it ("Svenska"). */
  name: string;
  /** The direction its text runs in. */
  dir: 'ltr' | 'rtl';
  /** Whether the site is built in it (at `/<code>/`); otherwise content may hold it, but no pages do. */
  edition: boolean;
  /**
   * The words of the pages, by key: Finnish's keys are the reference, and a unit test keeps
   * every other dictionary's keys equal to them.
   */
  dictionary: Record<string, string>;
}

/**
 * Every language of the site, Finnish first: the one registry that the localised-text schema,
 * the addresses, the date formats, the dictionaries, the exports and their schemas, the language
 * names on pages and the editions built all follow (through `languages.ts`). Adding a language
 * is one entry here and its dictionary (`<code>.json`, a translated copy of `fi.json`) beside
 * this file. Texts not yet translated in content fall back to Finnish, and so do the content
 * check's messages (`checks/`), which exist in Finnish, Swedish and English.
 */
export const languageRegistry = {
  fi: { locale: 'fi-FI', name: 'Suomi', dir: 'ltr', edition: true, dictionary: fi },
  sv: { locale: 'sv-FI', name: 'Svenska', dir: 'ltr', edition: true, dictionary: sv },
  en: { locale: 'en-GB', name: 'English', dir: 'ltr', edition: true, dictionary: en },
} satisfies Record<string, LanguageEntry>;
