/**
 * Times in content are wall-clock times in Finland (Europe/Helsinki), written `YYYY-MM-DD HH:MM`,
 * or a bare date for an all-day event. These helpers compare them and turn them into instants
 * without a fixed UTC offset, so summer time is always right.
 */

export const TIME_ZONE = 'Europe/Helsinki';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

/** Whether `value` is a real date written `YYYY-MM-DD` (no 31 February). */
export function isRealCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whether `value` is a real local time written `YYYY-MM-DD HH:MM`. */
export function isRealLocalDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  return isRealCalendarDate(value.slice(0, 10)) && hour < 24 && minute < 60;
}

/** Whether a content time is a bare date, i.e. an all-day event. */
export function isAllDay(value: string): boolean {
  return DATE.test(value);
}

/** Sort key that orders bare dates before the times of the same day. */
function sortKey(value: string): string {
  return isAllDay(value) ? `${value} 00:00` : value;
}

/** Whether content time `a` is strictly before content time `b` (both Helsinki wall-clock). */
export function isBefore(a: string, b: string): boolean {
  return sortKey(a) < sortKey(b);
}

const HELSINKI_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const HOUR = 3_600_000;
/** Offsets by UTC hour: Helsinki's offset only changes on a full UTC hour, so this is exact. */
const offsetByHour = new Map<number, number>();

/** Offset of Helsinki from UTC, in minutes, at the instant `utcMillis`. */
function helsinkiOffsetMinutes(utcMillis: number): number {
  const hour = Math.floor(utcMillis / HOUR);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const at = hour * HOUR;
    const parts = HELSINKI_PARTS.formatToParts(new Date(at));
    const get = (type: string) => Number(parts.find((part) => part.type === type)!.value);
    const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    offset = Math.round((asUtc - at) / 60000);
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/**
 * The instant of a Helsinki wall-clock time. A bare date means its midnight. In the autumn hour
 * that happens twice the earlier one is taken; a time skipped in spring is read with the winter
 * offset, i.e. an hour later on the clock.
 */
export function helsinkiToInstant(value: string): Date {
  const [date, time = '00:00'] = value.split(' ');
  const [y, m, d] = date!.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  const dayMs = 12 * 3600000;
  const offsets = [...new Set([helsinkiOffsetMinutes(naive - dayMs), helsinkiOffsetMinutes(naive + dayMs)])];
  const matching = offsets
    .map((offset) => naive - offset * 60000)
    .filter((instant) => naive - helsinkiOffsetMinutes(instant) * 60000 === instant)
    .sort((a, b) => a - b);
  return new Date(matching[0] ?? naive - Math.min(...offsets) * 60000);
}

/** ISO 8601 text with the Helsinki offset, e.g. `2018-04-17T09:00:00+03:00`, for machine-readable output. */
export function toIsoWithOffset(value: string): string {
  if (isAllDay(value)) return value;
  const instant = helsinkiToInstant(value);
  const offset = helsinkiOffsetMinutes(instant.getTime());
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.replace(' ', 'T')}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
