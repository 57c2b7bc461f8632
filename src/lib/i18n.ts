import en from '../i18n/en.json';
import fi from '../i18n/fi.json';
import type { Language } from '../schemas/localized-text';

/** Every UI string key; Finnish is the reference dictionary. */
export type UiKey = keyof typeof fi;

/** Dictionaries by language; a language without a dictionary of its own reads Finnish. */
export const dictionaries: Partial<Record<Language, Record<UiKey, string>>> = { fi, en };

/** The UI languages the site has dictionaries for. */
export const uiLanguages = Object.keys(dictionaries) as Language[];

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/**
 * A translation function for `lang`: `t('counts.actors', { count: 3 })`. Keys ending in a count
 * have a `.one` form for the singular. Missing keys fall back to Finnish.
 */
export function createTranslator(lang: Language): Translate {
  const dictionary = dictionaries[lang] ?? fi;
  return (key, vars = {}) => {
    const singular = `${key}.one` as UiKey;
    const template = vars.count === 1 && singular in fi ? (dictionary[singular] ?? fi[singular]) : (dictionary[key] ?? fi[key]);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}
