import { z } from 'astro/zod';
import { calendarDateSchema } from './dates';
import { imageSchema } from './image';
import { localizedTextSchema } from './localized-text';
import { expects } from './messages';
import { actorRefSchema, branchRefSchema } from './references';

/** What sort of fruit of partnership an apple stands for. */
export const fruitKinds = ['partnership-result', 'good-deed-campaign', 'joint-event', 'initiative', 'other'] as const;

/** A year such as `2018`, or a full date. */
const whenSchema = z.union([
  z.number(expects('year')).int(expects('year')).min(1800, expects('year')).max(2200, expects('year')),
  z
    .string()
    .regex(/^\d{4}$/, expects('year'))
    .transform(Number),
  calendarDateSchema,
]);

/**
 * A fruit (hedelmä) of partnership, drawn as an apple on the wellbeing tree: a result that
 * actors reached together. One Markdown file in `content/fruits/<municipality>/`; the folder
 * names the municipality and the body tells the story.
 */
export const fruitSchema = z
  .object({
    /** Short title written on the apple. */
    title: localizedTextSchema,
    /** The branch the apple grows on. */
    branch: branchRefSchema,
    /** Actors who made it together, as `municipality/actor` ids; other municipalities allowed. */
    partners: z.array(actorRefSchema).min(1, expects('atLeastOnePartner')),
    /** When it happened: a year such as `2018` or a date `YYYY-MM-DD`. */
    date: whenSchema,
    /** What sort of fruit it is. */
    kind: z.enum(fruitKinds),
    /** Whether it is worth showing to tourists and prospective movers. */
    attraction: z.boolean().default(false),
    /** One or two sentences on the result; shown on listings and the apple's tooltip. */
    summary: localizedTextSchema,
    /** A picture, with required alt text. */
    image: imageSchema.optional(),
    /** A note for staff about sources or open questions; shown to staff on /henkilokunta/vahvistettavat/, never on public pages. */
    note: localizedTextSchema.optional(),
  })
  .strict();

export type Fruit = z.output<typeof fruitSchema>;
export type FruitKind = (typeof fruitKinds)[number];
