import { helsinkiToInstant, isAllDay } from '../helsinki-time';

/** The parameters of the clash rule; `src/config/events.ts` holds the site's own. */
export interface ClashRules {
  /** How long a timed event without an end is taken to last, in minutes. */
  defaultDurationMinutes: number;
  /** Events at the same time in the same municipality clash. */
  sameMunicipality: boolean;
  /** Events at the same time at the same venue clash. */
  sameVenue: boolean;
  /** Events at the same time for the same audience clash ("everyone" meets every audience). */
  sameAudience: boolean;
}

/** What the clash rule needs to know of an event. */
export interface ClashEvent {
  id: string;
  /** Helsinki wall-clock time `YYYY-MM-DD HH:MM`, or a date for an all-day event. */
  start: string;
  end?: string | undefined;
  municipality: string;
  /** A venue id, or the place's name in lower case, so that free-text places can meet too. */
  venue?: string | undefined;
  audience: string[];
  status: 'reserved' | 'confirmed' | 'cancelled';
}

export type ClashReason = 'municipality' | 'venue' | 'audience';

export interface Clash {
  first: string;
  second: string;
  reasons: ClashReason[];
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The half-open interval [start, end) of an event in milliseconds. An all-day event covers its
 * days from Helsinki midnight to the next midnight, whatever the length of the night (23 or
 * 25 hours when summer time starts or ends); a timed event without an end lasts the default.
 */
export function timeWindow(event: Pick<ClashEvent, 'start' | 'end'>, rules: ClashRules): [number, number] {
  const start = helsinkiToInstant(event.start).getTime();
  if (isAllDay(event.start)) {
    const last = event.end && isAllDay(event.end) ? event.end : event.end ? event.end.slice(0, 10) : event.start;
    return [start, helsinkiToInstant(nextDay(last)).getTime()];
  }
  if (!event.end || event.end === event.start) return [start, start + rules.defaultDurationMinutes * 60_000];
  const end = isAllDay(event.end) ? helsinkiToInstant(nextDay(event.end)).getTime() : helsinkiToInstant(event.end).getTime();
  return [start, end];
}

function reasonsFor(a: ClashEvent, b: ClashEvent, rules: ClashRules): ClashReason[] {
  const reasons: ClashReason[] = [];
  if (rules.sameMunicipality && a.municipality === b.municipality) reasons.push('municipality');
  if (rules.sameVenue && a.venue && a.venue === b.venue) reasons.push('venue');
  const everyone = a.audience.includes('everyone') || b.audience.includes('everyone');
  if (rules.sameAudience && (everyone || a.audience.some((audience) => b.audience.includes(audience)))) reasons.push('audience');
  return reasons;
}

/**
 * Every pair of events whose time windows intersect and that share the municipality, the venue
 * or the audience. Intervals that only touch (one ends as the other starts) do not clash;
 * cancelled events clash with nothing. Events are swept in order of start, so the work grows
 * with the number of events that overlap in time, not with the square of all events.
 */
export function findClashes(events: ClashEvent[], rules: ClashRules): Clash[] {
  const windows = events
    .filter((event) => event.status !== 'cancelled')
    .map((event) => ({ event, window: timeWindow(event, rules) }))
    .sort((a, b) => a.window[0] - b.window[0] || a.event.id.localeCompare(b.event.id));
  const clashes: Clash[] = [];
  let open: typeof windows = [];
  for (const current of windows) {
    open = open.filter((other) => other.window[1] > current.window[0]);
    for (const other of open) {
      const reasons = reasonsFor(other.event, current.event, rules);
      if (reasons.length) clashes.push({ first: other.event.id, second: current.event.id, reasons });
    }
    open.push(current);
  }
  return clashes;
}
