import type { LocalizedText } from '../schemas/localized-text';
import type { Language } from '~/i18n/languages';

/** Text ready to show, with the language it is actually in (Finnish when not translated). */
export interface Shown {
  text: string;
  lang: Language;
  /** True when the reader asked for another language and gets the Finnish text. */
  fallback: boolean;
}

/** The text in `lang`, or in Finnish when there is no translation. */
export function localize(text: LocalizedText, lang: Language): Shown {
  const translated = text[lang];
  return translated ? { text: translated, lang, fallback: false } : { text: text.fi, lang: 'fi', fallback: lang !== 'fi' };
}

/** Finnish collation, so that Å, Ä and Ö sort after Z as Finnish readers expect. */
export const finnishCollator = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });
