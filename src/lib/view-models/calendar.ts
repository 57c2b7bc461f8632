import type { Event } from '~/schemas/event';
import { clashRules } from '~/config/events';
import { municipalityOfId } from '../entry-id';
import { findClashes, timeWindow, type Clash } from '../events/clashes';
import { clashEventOf, deadlineOf, hasEnded, isUpcoming } from '../events/event-facts';
import { formatDate, formatMonth } from '../format';
import { groupBy } from '../group-by';
import { localize } from '../localize';
import type { Entry } from '../site-index';
import { files, urls } from '../urls';
import { eventItem, type EventItem, type TextLink } from './common';
import type { PageContext } from '../page-context';

export interface CalendarItem extends EventItem {
  /** "varattu" or "peruttu"; nothing for a confirmed event. */
  status?: string;
  cancelled: boolean;
  branch: string;
}

export interface MonthGroup {
  /** "joulukuu 2017" */
  label: string;
  id: string;
  events: CalendarItem[];
}

export interface Calendar {
  upcoming: MonthGroup[];
  past: MonthGroup[];
  /** Events left off this page; the smaller calendars and the feeds have them. */
  hidden: { upcoming: number; past: number };
}

/**
 * The most events one calendar page lists: the soonest upcoming and the latest past ones. A
 * national calendar holds thousands; a page of them would be too heavy to read or to load.
 */
const CALENDAR_LIMITS = { upcoming: 150, past: 50 };

function calendarItem(ctx: PageContext, event: Entry<Event>): CalendarItem {
  return {
    ...eventItem(event, ctx),
    ...(event.data.status === 'confirmed' ? {} : { status: ctx.t(`event.status.${event.data.status}`) }),
    cancelled: event.data.status === 'cancelled',
    branch: localize(ctx.index.branch.get(event.data.branch)!.data.name, ctx.lang).text,
  };
}

function byMonth(ctx: PageContext, events: Entry<Event>[]): MonthGroup[] {
  const groups = groupBy(events, (event) => [event.data.start.slice(0, 7)]);
  return [...groups.entries()].map(([month, list]) => {
    return {
      label: formatMonth(month, ctx.lang),
      id: `kuukausi-${month}`,
      events: list.map((event) => calendarItem(ctx, event)),
    };
  });
}

/**
 * Events by month, upcoming first (soonest first) and then past ones (latest first), for the
 * region or narrowed to a municipality or a branch.
 */
export function buildCalendar(ctx: PageContext, filter: CalendarFilter = {}): Calendar {
  const events = ctx.index.events.filter(
    (event) =>
      (!filter.municipality || municipalityOfId(event.id) === filter.municipality) &&
      (!filter.branch || event.data.branch === filter.branch),
  );
  const upcoming = events.filter((event) => !hasEnded(event.data, ctx.now));
  const past = events.filter((event) => hasEnded(event.data, ctx.now)).reverse();
  return {
    upcoming: byMonth(ctx, upcoming.slice(0, CALENDAR_LIMITS.upcoming)),
    past: byMonth(ctx, past.slice(0, CALENDAR_LIMITS.past)),
    hidden: {
      upcoming: Math.max(0, upcoming.length - CALENDAR_LIMITS.upcoming),
      past: Math.max(0, past.length - CALENDAR_LIMITS.past),
    },
  };
}

/** Links to the calendars of each municipality and each branch: the filters that work without JavaScript. */
export function calendarFilters(ctx: PageContext): { municipalities: TextLink[]; branches: TextLink[] } {
  const { index, lang } = ctx;
  return {
    municipalities: index.municipalities.map((m) => ({
      label: localize(m.data.name, lang),
      href: urls.municipalityCalendar(lang, m.id),
    })),
    branches: index.branchesInOrder.map(({ entry }) => ({
      label: localize(entry.data.name, lang),
      href: urls.branchCalendar(lang, entry.id),
    })),
  };
}

/** Which calendar: the region's, or one municipality's or branch's. */
export interface CalendarFilter {
  municipality?: string;
  branch?: string;
}

/** A calendar's feeds: what a reader needs to subscribe to it in a calendar app. */
export interface CalendarFeeds {
  /** The iCalendar feed in the page's edition, as a link on the site. */
  href: string;
  /** The same feed's full address, to paste into a calendar app. */
  url: string;
  /** The same address with the `webcal:` scheme, which opens the reader's calendar app to subscribe. */
  webcal: string;
  /** Upcoming events as RSS. */
  rss: string;
}

/** `https://example.org/tapahtumat.ics` → `webcal://example.org/tapahtumat.ics`. */
export function webcalOf(url: string): string {
  return url.replace(/^https?:/, 'webcal:');
}

/** The feeds of the region's calendar, or of a municipality's or a branch's, in the page's edition. */
export function calendarFeeds(ctx: PageContext, filter: CalendarFilter, site: URL): CalendarFeeds {
  const scope = filter.municipality
    ? [filter.municipality, 'tapahtumat']
    : filter.branch
      ? ['tapahtumat', 'kasvusto', filter.branch]
      : ['tapahtumat'];
  const href = files.feed(ctx.lang, ...scope);
  const url = new URL(href, site).href;
  return { href, url, webcal: webcalOf(url), rss: files.rss() };
}

export interface ClashView {
  first: CalendarItem;
  second: CalendarItem;
  reasons: string[];
}

/** The clashes between events that have not ended yet, by the site's rule. */
export function upcomingClashes(ctx: PageContext): { clashes: Clash[]; views: ClashView[] } {
  const upcoming = ctx.index.events.filter((event) => !hasEnded(event.data, ctx.now));
  const clashes = findClashes(upcoming.map(clashEventOf), clashRules);
  return {
    clashes,
    views: clashes.map((clash) => ({
      first: calendarItem(ctx, ctx.index.event.get(clash.first)!),
      second: calendarItem(ctx, ctx.index.event.get(clash.second)!),
      reasons: clash.reasons.map((reason) => ctx.t(`clash.reason.${reason}`)),
    })),
  };
}

/** Every event's time window, sorted by start, built once per index (not once per event page). */
const windowsOf = new WeakMap<object, { windows: { id: string; start: number; end: number }[]; longest: number }>();

function eventWindows(ctx: PageContext) {
  let cached = windowsOf.get(ctx.index);
  if (!cached) {
    const windows = ctx.index.events
      .filter((event) => event.data.status !== 'cancelled')
      .map((event) => {
        const [start, end] = timeWindow(event.data, clashRules);
        return { id: event.id, start, end };
      })
      .sort((a, b) => a.start - b.start);
    cached = { windows, longest: Math.max(0, ...windows.map((window) => window.end - window.start)) };
    windowsOf.set(ctx.index, cached);
  }
  return cached;
}

/** The first position in `windows` whose start is at least `time`. */
function firstStartingAt(windows: { start: number }[], time: number): number {
  let low = 0;
  let high = windows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (windows[middle]!.start < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Other events whose time overlaps this one's, anywhere in the region. Only events that start
 * less than the longest event's length before this one ends can overlap it, so each page looks
 * at a slice of the sorted windows rather than at every event.
 */
export function eventsAtTheSameTime(ctx: PageContext, eventId: string): CalendarItem[] {
  const own = ctx.index.event.get(eventId)!;
  const [start, end] = timeWindow(own.data, clashRules);
  const { windows, longest } = eventWindows(ctx);
  return windows
    .slice(firstStartingAt(windows, start - longest), firstStartingAt(windows, end))
    .filter((other) => other.id !== eventId && other.start < end && start < other.end)
    .map((other) => calendarItem(ctx, ctx.index.event.get(other.id)!));
}

export interface AnnouncementRow {
  deadline: string;
  deadlineText: string;
  overdue: boolean;
  event: CalendarItem;
}

/** For each channel, the announcements of upcoming events in it, by deadline. */
export function announcementsByChannel(ctx: PageContext): { channel: string; leadDays: number; rows: AnnouncementRow[] }[] {
  const upcoming = ctx.index.events.filter((event) => isUpcoming(event.data, ctx.now));
  return ctx.index.channels.map((channel) => ({
    channel: localize(channel.data.name, ctx.lang).text,
    leadDays: channel.data.leadDays,
    rows: upcoming
      .filter((event) => event.data.channels.includes(channel.id))
      .map((event) => {
        const deadline = deadlineOf(event.data.start, channel.data.leadDays);
        return {
          deadline,
          deadlineText: formatDate(deadline, ctx.lang),
          overdue: deadline < ctx.now.slice(0, 10),
          event: calendarItem(ctx, event),
        };
      })
      .sort((a, b) => a.deadline.localeCompare(b.deadline)),
  }));
}
