import { z } from 'astro/zod';
import { emailSchema, phoneNumberSchema } from '~/schemas/contact';
import { calendarDateSchema, helsinkiTimeSchema } from '~/schemas/dates';
import { actorRefSchema, branchRefSchema, municipalityRefSchema } from '~/schemas/references';
import { webUrlSchema } from '~/schemas/url';

/**
 * What JSON Schema cannot say about a field but the editor needs: that a text is a date, an
 * email address or a reference to another collection. Kept by schema instance, so every field
 * built from the same shared schema gets the same editor field; the two references that are not
 * shared (an event's venue and channels) are named by path in `pathHints`.
 */
export interface EditorHint {
  /** `date`: `YYYY-MM-DD`; `datetime`: `YYYY-MM-DD HH:MM`; `email`, `url`, `phone`: text of that kind. */
  'x-editor'?: 'date' | 'datetime' | 'email' | 'url' | 'phone';
  /** The collection whose entries the field refers to by id. */
  'x-reference'?: string;
  /** Required although the schema checks it in a refinement (an event's start). */
  'x-required'?: boolean;
}

const editorHints = z.registry<EditorHint>();
editorHints.add(calendarDateSchema, { 'x-editor': 'date' });
editorHints.add(helsinkiTimeSchema, { 'x-editor': 'datetime' });
editorHints.add(emailSchema, { 'x-editor': 'email' });
editorHints.add(webUrlSchema, { 'x-editor': 'url' });
editorHints.add(phoneNumberSchema, { 'x-editor': 'phone' });
editorHints.add(branchRefSchema, { 'x-reference': 'branches' });
editorHints.add(actorRefSchema, { 'x-reference': 'actors' });
editorHints.add(municipalityRefSchema, { 'x-reference': 'municipalities' });

/** References made with their own schema instance, by collection and field path. */
export const pathHints: Record<string, Record<string, EditorHint>> = {
  events: {
    venue: { 'x-reference': 'venues' },
    channels: { 'x-reference': 'channels' },
    start: { 'x-required': true },
  },
};

/** A schema as JSON Schema of what a file may contain (its input), with the editor hints. */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', metadata: editorHints }) as JsonSchema;
}

/** The parts of JSON Schema the editor configuration reads. */
export interface JsonSchema extends EditorHint {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: (string | number)[];
  pattern?: string;
  minItems?: number;
  minLength?: number;
  default?: unknown;
}
