import { z } from 'astro/zod';
import { helsinkiTimeSchema } from './dates';
import { localizedTextSchema } from './localized-text';
import { actorRefSchema, branchRefSchema, referenceSchema } from './references';
import { isBefore } from '../lib/helsinki-time';
import { expects, schemaMessage } from './messages';

/** What sort of event an entry is. */
export const eventKinds = [
  'partnership-breakfast',
  'meeting',
  'celebration',
  'sports',
  'culture',
  'volunteering',
  'other',
] as const;

/** Whether the date is only claimed, confirmed, or called off. */
export const eventStatuses = ['reserved', 'confirmed', 'cancelled'] as const;

/** Who an event is for; events for the same audience at the same time clash. */
export const audiences = ['everyone', 'children', 'young-people', 'families', 'adults', 'older-people'] as const;

/** Where an event takes place. */
export const placeSchema = z
  .union([
    z.string().trim().min(1),
    z
      .object({
        /** Name of the venue, e.g. "Hotelli Kivitippu". */
        name: z.string().trim().min(1),
        /** Street address and town, e.g. "Kivitipuntie 1, Lappajärvi". */
        address: z.string().trim().min(1).optional(),
      })
      .strict(),
  ])
  .transform((place) => (typeof place === 'string' ? { name: place } : place));

/** How many people came, for events that have taken place. */
export const attendanceSchema = z
  .union([
    z.number().int().nonnegative(),
    z
      .object({
        /** The number of people. */
        count: z
          .number(expects('wholeNumberOfPeople'))
          .int(expects('wholeNumberOfPeople'))
          .nonnegative(expects('wholeNumberOfPeople')),
        /** Who they were, e.g. "järjestöjen edustajaa". */
        note: localizedTextSchema.optional(),
      })
      .strict(),
  ])
  .transform((value) => (typeof value === 'number' ? { count: value } : value));

/**
 * An event (tapahtuma) in a municipality. One Markdown file in `content/events/<municipality>/`;
 * the folder names the municipality and the body is the programme or, afterwards, the report.
 */
export const eventSchema = z
  .object({
    /** The event's title. */
    title: localizedTextSchema,
    /** When it starts, Finnish time: `YYYY-MM-DD HH:MM`, or `YYYY-MM-DD` for an all-day event. Required. */
    start: helsinkiTimeSchema.optional(),
    /** When it ends, in the same form; left out when only the start (or the day) is known. */
    end: helsinkiTimeSchema.optional(),
    /** Whether the date is reserved (details follow), confirmed or cancelled. */
    status: z.enum(eventStatuses).default('confirmed'),
    /** Where it takes place, as free text; or give `venue`. */
    place: placeSchema.optional(),
    /** The id of a venue in `content/venues/`, e.g. `lappajarvi/hotelli-kivitippu`. */
    venue: referenceSchema('lappajarvi/hotelli-kivitippu').optional(),
    /** Who it is for. */
    audience: z.array(z.enum(audiences)).default(['everyone']),
    /** Ids of the channels in `content/channels/` where it will be announced. */
    channels: z.array(referenceSchema('paikallislehti')).default([]),
    /** Actors who organise it, as `municipality/actor` ids. */
    organisers: z.array(actorRefSchema).min(1, expects('atLeastOneOrganiser')),
    /** The branch of the tree it belongs to. */
    branch: branchRefSchema,
    /** What sort of event it is. */
    kind: z.enum(eventKinds),
    /** How many came, once it has taken place. */
    attendance: attendanceSchema.optional(),
    /** One or two sentences for listings. */
    summary: localizedTextSchema,
    /** A note for staff about sources or open questions; shown to staff on /henkilokunta/vahvistettavat/, never on public pages. */
    note: localizedTextSchema.optional(),
  })
  .strict()
  .superRefine((event, ctx) => {
    if (event.start === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: schemaMessage(event.status === 'reserved' ? 'reservedEventStart' : 'eventStart'),
      });
    }
    if (!event.place && !event.venue) {
      ctx.addIssue({
        code: 'custom',
        path: ['place'],
        message: schemaMessage('eventPlace'),
      });
    }
    if (event.start !== undefined && event.end !== undefined && isBefore(event.end, event.start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: schemaMessage('eventEnd', { start: event.start }),
      });
    }
  })
  // The check above guarantees a start; say so to the type.
  .transform((event) => event as typeof event & { start: string });

export type Event = z.output<typeof eventSchema>;
export type EventKind = (typeof eventKinds)[number];
export type EventStatus = (typeof eventStatuses)[number];
