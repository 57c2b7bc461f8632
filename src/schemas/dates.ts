import { z } from 'astro/zod';
import { isRealCalendarDate, isRealLocalDateTime } from '../lib/helsinki-time';
import { expects } from './messages';

/**
 * Astro reads frontmatter as YAML 1.1, which turns `2018-04-17` into a `Date` at UTC midnight
 * (and `2018-04-17 09:00:00` into a UTC instant); the content check reads YAML 1.2, which keeps
 * the text. Both become the same text here, so the wall-clock digits the author wrote are kept.
 */
function dateToText(value: unknown): unknown {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return value;
  const iso = value.toISOString();
  const time = iso.slice(11, 16);
  return time === '00:00' && iso.slice(17, 19) === '00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/** A calendar date written as `YYYY-MM-DD`, e.g. `2018-04-17`. */
export const calendarDateSchema = z.preprocess(
  dateToText,
  z.string(expects('calendarDate')).refine(isRealCalendarDate, expects('calendarDate')),
);

/**
 * A time in Finland's own time zone (Europe/Helsinki), written as `YYYY-MM-DD HH:MM` without a
 * UTC offset, or a bare date `YYYY-MM-DD` for an all-day event. Summer time is applied from the
 * date, so staff never write offsets.
 */
export const helsinkiTimeSchema = z.preprocess(
  dateToText,
  z
    .string(expects('helsinkiTime'))
    .trim()
    .transform((value) => value.replace('T', ' '))
    .refine((value) => isRealCalendarDate(value) || isRealLocalDateTime(value), expects('helsinkiTimeOrDate')),
);
