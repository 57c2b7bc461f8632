import ical, { ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { helsinkiToInstant, isAllDay, TIME_ZONE } from '../helsinki-time';

/** One event of a feed, already localised. */
export interface FeedEvent {
  /** Stable across builds, so calendar apps update the event instead of adding a copy. */
  uid: string;
  title: string;
  /** Helsinki wall-clock `YYYY-MM-DD HH:MM`, or a date for an all-day event. */
  start: string;
  end?: string | undefined;
  status: 'reserved' | 'confirmed' | 'cancelled';
  location: string;
  /** The event's page, absolute. */
  url: string;
  summary: string;
}

export interface FeedOptions {
  /** The calendar's name (RFC 7986 NAME). */
  name: string;
  /** How often calendar apps should fetch it again (RFC 7986 REFRESH-INTERVAL). */
  refreshHours: number;
  /** The build time, Helsinki wall-clock: every event's DTSTAMP. */
  now: string;
  /** The language of the titles and texts (the PRODID's language); Finnish unless told. */
  language?: string;
}

const STATUS = {
  reserved: ICalEventStatus.TENTATIVE,
  confirmed: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * A date for ical-generator's all-day events. It reads dates with the process's local getters,
 * so the date is built from local parts: the same day in any time zone the build runs in.
 */
function localDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

function dayAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** `2026-06-01 10:00` → `2026-06-01T10:00:00`: a wall-clock text that ical-generator writes as it is, with TZID. */
const wallClock = (value: string) => `${value.replace(' ', 'T')}:00`;

/**
 * An iCalendar (RFC 5545) feed written with ical-generator: the Europe/Helsinki VTIMEZONE,
 * times with TZID (never a fixed offset), all-day events as dates, the event's page in both
 * URL and DESCRIPTION (calendar apps tend to hide URL), RFC 7986 NAME and REFRESH-INTERVAL.
 */
export function icalendarFeed(events: FeedEvent[], options: FeedOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Hyvinvointipuu', product: 'Tapahtumat', language: (options.language ?? 'fi').toUpperCase() },
    timezone: { name: TIME_ZONE, generator: (zone) => tzlib_get_ical_block(zone)[0]! },
    ttl: options.refreshHours * 3600,
  });
  for (const event of events) {
    const allDay = isAllDay(event.start);
    const end = event.end && event.end !== event.start ? event.end : undefined;
    calendar.createEvent({
      id: event.uid,
      summary: event.title,
      description: `${event.summary}\n\n${event.url}`,
      location: event.location,
      url: event.url,
      status: STATUS[event.status],
      ...(allDay
        ? { allDay: true, start: localDate(event.start), end: localDate(dayAfter((end ?? event.start).slice(0, 10))) }
        : { timezone: TIME_ZONE, start: wallClock(event.start), ...(end && !isAllDay(end) ? { end: wallClock(end) } : {}) }),
    });
  }
  // RFC 5545 wants DTSTAMP in UTC; ical-generator writes it in the calendar's zone without "Z".
  const stamp = `${helsinkiToInstant(options.now).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  return calendar.toString().replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${stamp}`);
}
