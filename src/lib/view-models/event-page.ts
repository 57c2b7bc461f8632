import { municipalityOfId } from '../entry-id';
import { formatSpan } from '../format';
import { toIsoWithOffset } from '../helsinki-time';
import { localize, type Shown } from '../localize';
import { placeOf } from '../site-index';
import { files, urls } from '../urls';
import { eventsAtTheSameTime, type CalendarItem } from './calendar';
import { actorLink, branchLink, crumbs, type Crumb, type TextLink } from './common';
import type { PageContext } from '../page-context';
import { correctionBox, type CorrectionBox } from './correction-box';
import { deadlineOf, hasEnded } from '../events/event-facts';
import { formatDate } from '../format';

export interface Announcement {
  channel: string;
  deadline: string;
  /** Ready to paste: short for social media and notice boards, long for newspapers and websites. */
  text: string;
}

export interface EventPage {
  /** Whether it has taken place: its body is then a report, otherwise the programme. */
  past: boolean;
  status: { label: string; reserved: boolean; cancelled: boolean };
  sameTime: CalendarItem[];
  announcements: Announcement[];
  /** The event's own calendar file, for "add to calendar": only while it is upcoming. */
  calendarFile?: string;
  jsonLd: Record<string, unknown>;
  title: Shown;
  summary: Shown;
  kind: string;
  when: string;
  datetime: string;
  place: { name: string; address?: string | undefined };
  branch: TextLink;
  organisers: TextLink[];
  attendance?: { count: number; note?: Shown };
  /** Where staff and readers can correct the event. */
  corrections: CorrectionBox;
  breadcrumbs: Crumb[];
}

/** An event: when and where, who organised it, and afterwards how many came. */
export function buildEventPage(ctx: PageContext, eventId: string, site: URL): EventPage {
  const { index, lang, t } = ctx;
  const { data } = index.event.get(eventId)!;
  const municipalityId = municipalityOfId(eventId);
  const title = localize(data.title, lang);
  const place = placeOf(index, index.event.get(eventId)!);
  const when = formatSpan(data.start, data.end, lang);
  const past = hasEnded(data, ctx.now);
  const pageUrl = new URL(urls.event(lang, eventId), site).href;
  const organisers = data.organisers.map((id) => index.actor.get(id)!);
  const summary = localize(data.summary, lang).text;
  const where = place.address ? `${place.name}, ${place.address}` : place.name;
  const texts = {
    short: `${title.text} ${when}, ${where}. ${summary} ${pageUrl}`,
    long: [
      title.text,
      `${t('event.when')}: ${when}`,
      `${t('event.where')}: ${where}`,
      `${t('event.organisers')}: ${organisers.map((actor) => actor.data.name).join(', ')}`,
      '',
      summary,
      '',
      `${t('event.moreInfo')}: ${pageUrl}`,
    ].join('\n'),
  };
  return {
    past,
    status: {
      label: t(`event.status.${data.status}`),
      reserved: data.status === 'reserved',
      cancelled: data.status === 'cancelled',
    },
    sameTime: eventsAtTheSameTime(ctx, eventId),
    announcements: data.channels.map((id) => {
      const channel = index.channel.get(id)!;
      return {
        channel: localize(channel.data.name, lang).text,
        deadline: formatDate(deadlineOf(data.start, channel.data.leadDays), lang),
        text: texts[channel.data.text],
      };
    }),
    ...(past ? {} : { calendarFile: files.eventFeed(lang, eventId) }),
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: title.text,
      description: summary,
      url: pageUrl,
      startDate: toIsoWithOffset(data.start),
      ...(data.end ? { endDate: toIsoWithOffset(data.end) } : {}),
      eventStatus: data.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: place.name, ...(place.address ? { address: place.address } : {}) },
      organizer: organisers.map((actor) => ({
        '@type': 'Organization',
        name: actor.data.name,
        url: new URL(urls.actor(lang, actor.id), site).href,
      })),
    },
    title,
    summary: localize(data.summary, lang),
    kind: t(`eventKind.${data.kind}`),
    when,
    datetime: toIsoWithOffset(data.start),
    place,
    branch: branchLink(ctx, municipalityId, data.branch),
    organisers: data.organisers.map((id) => actorLink(ctx, id)),
    ...(data.attendance
      ? {
          attendance: {
            count: data.attendance.count,
            ...(data.attendance.note ? { note: localize(data.attendance.note, lang) } : {}),
          },
        }
      : {}),
    corrections: correctionBox(ctx, { collection: 'events', id: eventId, title: title.text, pageUrl }),
    breadcrumbs: crumbs(ctx, municipalityId, { label: title.text }),
  };
}
