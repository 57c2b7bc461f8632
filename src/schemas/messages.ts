import { checkTexts, type SchemaMessageKey, type SchemaMessageParams } from '../i18n/checks';
import type { Language } from '~/i18n/languages';

/**
 * Schema messages are catalogue keys, not sentences: zod only carries strings, so a key and its
 * parameters travel in the message as `check:eventEnd {"start":"…"}` and
 * `src/lib/friendly-errors.ts` turns them into the reader's language (`src/i18n/checks/`).
 */
const PREFIX = 'check:';

/** A schema message as zod carries it: `schemaMessage('eventEnd', { start })` in `ctx.addIssue`. */
export function schemaMessage<K extends SchemaMessageKey>(key: K, ...params: SchemaMessageParams<K>): string {
  return params.length ? `${PREFIX}${key} ${JSON.stringify(params[0])}` : `${PREFIX}${key}`;
}

/**
 * The options that give a check its message: `.regex(pattern, expects('email'))`. On a type
 * (`z.string(expects('calendarDate'))`) one message covers both a missing field and a value of
 * the wrong type, which Zod 4 reports as one `invalid_type` issue.
 */
export function expects<K extends SchemaMessageKey>(key: K, ...params: SchemaMessageParams<K>): { error: string } {
  return { error: schemaMessage(key, ...params) };
}

/** The text of a message made by `schemaMessage`, in `language`; undefined for any other message. */
export function schemaMessageText(message: string, language: Language): string | undefined {
  if (!message.startsWith(PREFIX)) return undefined;
  const space = message.indexOf(' ');
  const key = message.slice(PREFIX.length, space < 0 ? undefined : space) as SchemaMessageKey;
  const text = checkTexts[language].schema[key] as string | ((params: unknown) => string) | undefined;
  if (text === undefined) return undefined;
  return typeof text === 'string' ? text : text(JSON.parse(message.slice(space + 1)));
}
