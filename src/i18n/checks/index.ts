import type { Language } from '~/schemas/localized-text';
import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';
import type { CheckTexts } from './types';

export type { CheckTexts, SchemaMessageKey, SchemaMessageParams } from './types';

/** The content check's texts in every language of the site (`CheckTexts` makes each complete). */
export const checkTexts: Record<Language, CheckTexts> = { fi, sv, en };
