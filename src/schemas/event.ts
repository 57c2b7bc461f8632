import { z } from 'astro/zod';
import { helsinkiTimeSchema } from './dates';
import { localizedTextSchema } from './localized-text';
import { actorRefSchema, branchRefSchema } from './references';
import { isBefore } from '../lib/helsinki-time';
import { expects } from './expects';

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
        count: z.number(expects('a whole number of people')).int().nonnegative(),
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
    /** When it starts, Finnish time: `YYYY-MM-DD HH:MM`, or `YYYY-MM-DD` for an all-day event. */
    start: helsinkiTimeSchema,
    /** When it ends, in the same form; left out when only the start (or the day) is known. */
    end: helsinkiTimeSchema.optional(),
    /** Where it takes place. */
    place: placeSchema,
    /** Actors who organise it, as `municipality/actor` ids. */
    organisers: z.array(actorRefSchema).min(1, { message: 'at least one organiser actor id' }),
    /** The branch of the tree it belongs to. */
    branch: branchRefSchema,
    /** What sort of event it is. */
    kind: z.enum(eventKinds),
    /** How many came, once it has taken place. */
    attendance: attendanceSchema.optional(),
    /** One or two sentences for listings. */
    summary: localizedTextSchema,
    /** A note for staff about sources or open questions; shown on the page. */
    note: localizedTextSchema.optional(),
  })
  .strict()
  .superRefine((event, ctx) => {
    if (event.end !== undefined && isBefore(event.end, event.start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `a time on or after the start (${event.start})`,
      });
    }
  });

export type Event = z.output<typeof eventSchema>;
export type EventKind = (typeof eventKinds)[number];
