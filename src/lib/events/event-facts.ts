import type { Event } from '~/schemas/event';
import { municipalityOfId } from '../entry-id';
import { isAllDay, isBefore } from '../helsinki-time';
import type { ClashEvent } from './clashes';

/** An event as the clash rule sees it: the venue id, or the place's name, stands for the venue. */
export function clashEventOf(event: { id: string; data: Event }): ClashEvent {
  return {
    id: event.id,
    start: event.data.start,
    end: event.data.end,
    municipality: municipalityOfId(event.id),
    venue: event.data.venue ?? event.data.place?.name.toLocaleLowerCase('fi'),
    audience: event.data.audience,
    status: event.data.status,
  };
}

/** Whether an event has ended by `now` (Helsinki wall-clock); an all-day event lasts to the end of its day. */
export function hasEnded(event: Pick<Event, 'start' | 'end'>, now: string): boolean {
  const last = event.end ?? event.start;
  return isBefore(isAllDay(last) ? `${last} 23:59` : last, now);
}

/**
 * Whether an event is still worth going to at `now`: it has not ended (one under way counts)
 * and it is not cancelled. The lists of coming events, the RSS feed and the announcement
 * deadlines show only these; the calendar shows cancelled events too, struck through.
 */
export function isUpcoming(event: Pick<Event, 'start' | 'end' | 'status'>, now: string): boolean {
  return event.status !== 'cancelled' && !hasEnded(event, now);
}

/** The date an announcement must be sent by: `leadDays` before the event's first day. */
export function deadlineOf(start: string, leadDays: number): string {
  const [y, m, d] = start.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - leadDays)).toISOString().slice(0, 10);
}

/** The current Helsinki wall-clock time, `YYYY-MM-DD HH:MM` (the settings, src/config/settings.ts, let `HYVINVOINTIPUU_NOW` fix it). */
export function helsinkiNow(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  return parts.replace(',', '').slice(0, 16);
}
