import { z } from 'astro/zod';
import { expects } from './messages';
import { localizedTextSchema } from './localized-text';
import { webUrlSchema } from './url';

/** Where an announcement goes, and so how it is written. */
export const channelKinds = [
  'website',
  'newspaper',
  'social-media',
  'event-service',
  'notice-board',
  'bulletin',
  'other',
] as const;

/** Which ready-made announcement text suits a channel. */
export const channelTexts = ['short', 'long'] as const;

/**
 * An announcement channel (tiedotuskanava): where events are announced, and how many days
 * before an event the announcement must be sent. One YAML file in `content/channels/`.
 */
export const channelSchema = z
  .object({
    /** The channel's name, e.g. "Paikallislehti". */
    name: localizedTextSchema,
    /** What sort of channel it is. */
    kind: z.enum(channelKinds),
    /** Days before the event by which the announcement must be sent, e.g. 14. */
    leadDays: z.number(expects('leadDays')).int(expects('leadDays')).nonnegative(expects('leadDays')),
    /** Which ready-made text suits the channel: a short one (social media) or a longer one (a newspaper). */
    text: z.enum(channelTexts),
    /** How to send an announcement there, for staff. */
    instructions: localizedTextSchema.optional(),
    /** The channel's address, when it has one. */
    url: webUrlSchema.optional(),
  })
  .strict();

export type Channel = z.output<typeof channelSchema>;
