import { languageOf, type Language } from '~/i18n/languages';
import { helsinkiToInstant, isAllDay, TIME_ZONE } from './helsinki-time';

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE };
const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' };
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE };

/** Making a formatter costs far more than using one, and a big site formats dates on every page. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Language, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${name}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(languageOf(lang).locale, options)));
  return made;
}

/** A calendar date for reading, e.g. "13.6.2018" in Finnish. */
export function formatDate(date: string, lang: Language): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return formatter(lang, 'date', DATE).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A month as a calendar's heading: `2026-12` is "joulukuu 2026" in Finnish. */
export function formatMonth(month: string, lang: Language): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return formatter(lang, 'month', MONTH).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** A Helsinki time for reading: the date, and the clock time unless it is an all-day event. */
export function formatTime(value: string, lang: Language): string {
  if (isAllDay(value)) return formatDate(value, lang);
  return formatter(lang, 'date-time', DATE_TIME).format(helsinkiToInstant(value));
}

/** "13.12.2017" or "13.12.2017 klo 9.00–11.00": a start and optional end as one span of time. */
export function formatSpan(start: string, end: string | undefined, lang: Language): string {
  if (!end || end === start) return formatTime(start, lang);
  if (!isAllDay(start) && !isAllDay(end) && start.slice(0, 10) === end.slice(0, 10)) {
    return `${formatTime(start, lang)}–${formatter(lang, 'clock', CLOCK).format(helsinkiToInstant(end))}`;
  }
  return `${formatTime(start, lang)} – ${formatTime(end, lang)}`;
}

/** A fruit's date: a year, or a full date. */
export function formatWhen(when: number | string, lang: Language): string {
  return typeof when === 'number' ? String(when) : formatDate(when, lang);
}

/** `06 123 4567` → `+35861234567`, the international form schema.org readers and exports expect. */
export function internationalPhone(number: string): string {
  return telHref(number).slice('tel:'.length);
}

/** A phone number as a `tel:` link target in international form: `06 123 4567` → `tel:+35861234567`. */
export function telHref(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `tel:+358${digits.slice(1)}`;
  return `tel:${digits}`;
}
