import { isLanguage, languages, type Language } from '~/i18n/languages';
import { eventSchema } from '~/schemas/event';
import { compact } from '../compact';
import { fileSlug } from '../scaffold';
import { isTicked, lineOf, listOf, textOf, type FormValues } from './values';

/** The form field of the title in one language: `titleFi`, `titleSv`, … (one per language of the registry). */
export function titleField(lang: Language): `title${string}` {
  return `title${lang.charAt(0).toUpperCase()}${lang.slice(1)}`;
}

/** The fields of the "Ilmoita tapahtuma" form besides the titles, whose names the page's inputs and messages share. */
const EVENT_FIELDS = [
  'municipality',
  'startDate',
  'startTime',
  'endDate',
  'endTime',
  'venue',
  'place',
  'organiser',
  'coOrganiser',
  'otherOrganiser',
  'branch',
  'kind',
  'audience',
  'summary',
  'body',
  'infoName',
  'infoPhone',
  'infoEmail',
  'senderName',
  'senderEmail',
  'senderPhone',
  'consent',
] as const;

export type EventField = (typeof EVENT_FIELDS)[number] | ReturnType<typeof titleField>;

/** A time as the schema reads it: the date, and the time of day when one is given (`19:00:30` → `19:00`). */
function timeOf(date: string | undefined, time: string | undefined): string | undefined {
  if (!date) return undefined;
  return time ? `${date} ${time.slice(0, 5)}` : date;
}

/** The title: plain Finnish text, or texts by language when a translation is given. */
function titleOf(values: FormValues): unknown {
  const texts = compact(Object.fromEntries(languages.map((lang) => [lang, lineOf(values, titleField(lang))])));
  return Object.keys(texts).some((lang) => lang !== 'fi') ? texts : texts.fi;
}

/** "Lisätietoja: nimi, puhelin, sähköposti": the contact a reader may call, published only with consent. */
export function infoLineOf(values: FormValues): string | undefined {
  const parts = [lineOf(values, 'infoName'), lineOf(values, 'infoPhone'), lineOf(values, 'infoEmail')].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

/**
 * The event's fields as they go into its frontmatter. The end may be given as a time only: it
 * is then on the start's day. Personal details never go into the fields: the contact for
 * more information goes into the body, and only with consent.
 */
export function eventData(values: FormValues): Record<string, unknown> {
  const startDate = textOf(values, 'startDate');
  const endDate = textOf(values, 'endDate') ?? (textOf(values, 'endTime') ? startDate : undefined);
  const organisers = [...new Set([textOf(values, 'organiser'), textOf(values, 'coOrganiser')].filter((id) => id !== undefined))];
  const audience = listOf(values, 'audience');
  return compact({
    title: titleOf(values),
    start: timeOf(startDate, textOf(values, 'startTime')),
    end: timeOf(endDate, textOf(values, 'endTime')),
    venue: textOf(values, 'venue'),
    place: textOf(values, 'venue') ? undefined : lineOf(values, 'place'),
    audience: audience.length ? audience : undefined,
    organisers,
    branch: textOf(values, 'branch'),
    kind: textOf(values, 'kind'),
    summary: lineOf(values, 'summary'),
  });
}

/** The Markdown body: what the sender wrote, and the contact for more information when they consent to its publication. */
export function eventBody(values: FormValues): string {
  const info = isTicked(values, 'consent') ? infoLineOf(values) : undefined;
  return [textOf(values, 'body'), info && `Lisätietoja: ${info}`].filter(Boolean).join('\n\n');
}

/** The event's file name: its title and start date, as the project names events (`kesatanssit-2027-06-05`). */
export function eventSlug(values: FormValues): string {
  return fileSlug([lineOf(values, 'titleFi'), textOf(values, 'startDate')].filter(Boolean).join(' ')) || 'tapahtuma';
}

/** The form field that a problem in the event's data belongs to; an end given as a time only is the end time's. */
export function eventFieldOf(path: readonly (string | number)[], values: FormValues = {}): EventField | undefined {
  const [top, next] = path;
  switch (top) {
    case 'title':
      return titleField(typeof next === 'string' && isLanguage(next) ? next : 'fi');
    case 'start':
      return 'startDate';
    case 'end':
      return textOf(values, 'endDate') || !textOf(values, 'endTime') ? 'endDate' : 'endTime';
    case 'organisers':
      return next === 1 ? 'coOrganiser' : 'organiser';
    case 'place':
    case 'venue':
    case 'branch':
    case 'kind':
    case 'audience':
    case 'summary':
      return top;
    default:
      return undefined;
  }
}

/** The schema every event file is checked with, and a valid event to stand in for fields with other problems. */
export const eventCheck = {
  schema: eventSchema,
  baseline: {
    title: 'Tapahtuma',
    start: '2000-01-01',
    place: 'Paikka',
    organisers: ['kunta/toimija'],
    branch: 'kasvusto',
    kind: 'other',
    summary: 'Tapahtuma.',
  },
  /** The schema compares the end with the start: a start that stood in for a wrong one says nothing about the end. */
  dependsOn: { end: ['start'] },
};
