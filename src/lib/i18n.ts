import fi from '~/i18n/fi.json';
import { languageOf, languages, type Language } from '~/i18n/languages';

/** Every UI string key; Finnish is the reference dictionary. */
export type UiKey = keyof typeof fi;

/** The dictionary of every language of the registry; a test keeps their keys equal to Finnish. */
export const dictionaries = Object.fromEntries(
  languages.map((lang): [Language, Record<string, string>] => [lang, languageOf(lang).dictionary]),
) as Record<Language, Record<string, string>>;

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/**
 * A translation function for `lang`: `t('counts.actors', { count: 3 })`. Keys ending in a count
 * have a `.one` form for the singular. Missing keys fall back to Finnish.
 */
export function createTranslator(lang: Language): Translate {
  const dictionary: Partial<Record<UiKey, string>> = dictionaries[lang];
  return (key, vars = {}) => {
    const singular = `${key}.one` as UiKey;
    const template = vars.count === 1 && singular in fi ? (dictionary[singular] ?? fi[singular]) : (dictionary[key] ?? fi[key]);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}
