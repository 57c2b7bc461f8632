import { languages, type Language } from '~/i18n/languages';
import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';
import type { CheckTexts } from './types';

export type { CheckTexts, SchemaMessageKey, SchemaMessageParams } from './types';

/** The languages the content check is written in (`CheckTexts` makes each complete). */
const written: Partial<Record<Language, CheckTexts>> = { fi, sv, en };

/**
 * The content check's texts in every language of the site: a language added to the registry
 * (`src/i18n/languages.ts`) without its own texts here reads them in Finnish, as it reads
 * untranslated content, until someone writes them.
 */
export const checkTexts = Object.fromEntries(languages.map((lang) => [lang, written[lang] ?? fi])) as Record<
  Language,
  CheckTexts
>;
