import type { Event } from '~/schemas/event';
import { icalendarFeed } from '../feeds/icalendar';
import type { PageContext } from '../page-context';
import type { Entry } from '../site-index';
import { feedEvent } from '../view-models/feed-events';

/** How often calendar apps should fetch the feeds again. */
const REFRESH_HOURS = 12;

/** An iCalendar feed of the given events (all of them, past ones too, as calendars expect), as the `.ics` endpoints answer it. */
export function eventFeed(ctx: PageContext, name: string, events: Entry<Event>[], site: URL): Response {
  const text = icalendarFeed(
    events.map((event) => feedEvent(ctx, event, site)),
    { name, refreshHours: REFRESH_HOURS, now: ctx.now, language: ctx.lang },
  );
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
