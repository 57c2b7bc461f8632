import type { Event } from '~/schemas/event';
import { isUpcoming } from '../events/event-facts';
import type { FeedEvent } from '../feeds/icalendar';
import { localize } from '../localize';
import { placeOf, type Entry } from '../site-index';
import { urls } from '../urls';
import type { PageContext } from '../page-context';

/** One event as the calendar feeds write it, in the edition's language. */
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

/** Upcoming events for the RSS feed, soonest first. */
export function upcomingEvents(ctx: PageContext): Entry<Event>[] {
  return ctx.index.events.filter((event) => isUpcoming(event.data, ctx.now));
}
