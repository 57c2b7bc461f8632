import type { Event } from '~/schemas/event';
import { isUpcoming } from '../events/event-facts';
import { icalendarFeed, type FeedEvent } from '../feeds/icalendar';
import { localize } from '../localize';
import { placeOf, type Entry } from '../site-index';
import { urls } from '../urls';
import type { PageContext } from '../page-context';

/** How often calendar apps should fetch the feeds again. */
const REFRESH_HOURS = 12;

export function feedEvent(ctx: PageContext, event: Entry<Event>, site: URL): FeedEvent {
  const place = placeOf(ctx.index, event);
  return {
    uid: `${event.id.replace('/', '.')}@hyvinvointipuu`,
    title: localize(event.data.title, ctx.lang).text,
    start: event.data.start,
    end: event.data.end,
    status: event.data.status,
    location: place.address ? `${place.name}, ${place.address}` : place.name,
    url: new URL(urls.event(ctx.lang, event.id), site).href,
    summary: localize(event.data.summary, ctx.lang).text,
  };
}

/** An iCalendar feed of the given events (all of them, past ones too, as calendars expect). */
export function eventFeed(ctx: PageContext, name: string, events: Entry<Event>[], site: URL): Response {
  const text = icalendarFeed(
    events.map((event) => feedEvent(ctx, event, site)),
    { name, refreshHours: REFRESH_HOURS, now: ctx.now, language: ctx.lang },
  );
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** Upcoming events for the RSS feed, soonest first. */
export function upcomingEvents(ctx: PageContext): Entry<Event>[] {
  return ctx.index.events.filter((event) => isUpcoming(event.data, ctx.now));
}
