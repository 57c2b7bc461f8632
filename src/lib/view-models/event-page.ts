import { municipalityOfId } from '../entry-id';
import { formatSpan } from '../format';
import { toIsoWithOffset } from '../helsinki-time';
import { localize, type Shown } from '../localize';
import { urls } from '../urls';
import { crumbs, type Crumb, type PageContext, type TextLink } from './common';

export interface EventPage {
  title: Shown;
  summary: Shown;
  kind: string;
  when: string;
  datetime: string;
  place: { name: string; address?: string | undefined };
  branch: TextLink;
  organisers: TextLink[];
  attendance?: { count: number; note?: Shown };
  note?: Shown;
  breadcrumbs: Crumb[];
}

/** An event: when and where, who organised it, and afterwards how many came. */
export function buildEventPage(ctx: PageContext, eventId: string): EventPage {
  const { index, lang, t } = ctx;
  const { data } = index.event.get(eventId)!;
  const municipalityId = municipalityOfId(eventId);
  const title = localize(data.title, lang);
  return {
    title,
    summary: localize(data.summary, lang),
    kind: t(`eventKind.${data.kind}`),
    when: formatSpan(data.start, data.end, lang),
    datetime: toIsoWithOffset(data.start),
    place: data.place,
    branch: {
      label: localize(index.branch.get(data.branch)!.data.name, lang),
      href: urls.branch(lang, municipalityId, data.branch),
    },
    organisers: data.organisers.map((id) => ({
      label: { text: index.actor.get(id)!.data.name, lang, fallback: false },
      href: urls.actor(lang, id),
    })),
    ...(data.attendance
      ? {
          attendance: {
            count: data.attendance.count,
            ...(data.attendance.note ? { note: localize(data.attendance.note, lang) } : {}),
          },
        }
      : {}),
    ...(data.note ? { note: localize(data.note, lang) } : {}),
    breadcrumbs: crumbs(ctx, municipalityId, { label: title.text }),
  };
}
