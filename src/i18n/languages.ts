import { languageRegistry, type LanguageEntry } from './registry';

export type { LanguageEntry } from './registry';

/** A language code of the registry: `fi`, `sv`, `en`. */
export type Language = keyof typeof languageRegistry;

/** The registry's codes, Finnish first: Finnish is required in content and every text falls back to it. */
export const languages = Object.keys(languageRegistry) as Language[];

/** The registry's entry for `lang`. */
export function languageOf(lang: Language): LanguageEntry {
  return languageRegistry[lang];
}

/** Whether `code` is a language of the registry. */
export function isLanguage(code: string): code is Language {
  return Object.hasOwn(languageRegistry, code);
}

/** The languages the site is built in unless a deployment chooses fewer (`HYVINVOINTIPUU_EDITIONS`). */
export function editionLanguages(): Language[] {
  return languages.filter((lang) => languageRegistry[lang].edition);
}

/** Caching the formatter: making one costs far more than using it. */
const displayNames = new Map<Language, Intl.DisplayNames>();

/**
 * Any language's name in `lang`, from the browser's and Node's own language data: `sv` in
 * Finnish is "ruotsi", `ru` "venäjä". A code the data does not know is shown as it is.
 */
export function languageName(code: string, lang: Language): string {
  let names = displayNames.get(lang);
  if (!names) displayNames.set(lang, (names = new Intl.DisplayNames(languageOf(lang).locale, { type: 'language' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
