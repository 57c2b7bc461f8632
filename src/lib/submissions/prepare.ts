import { z } from 'astro/zod';
import { emailSchema, phoneNumberSchema } from '~/schemas/contact';
import type { Language } from '~/i18n/languages';
import { fieldProblems } from '../friendly-errors';
import { actorBody, actorCheck, actorData, actorFieldOf, actorSlug, contactLineOf } from './actor';
import { entryFileText } from './entry-file';
import { eventBody, eventCheck, eventData, eventFieldOf, eventSlug, infoLineOf } from './event';
import type { SubmissionDraft, SubmissionKind } from './message';
import { isTicked, lineOf, listOf, senderOf, textOf, type FormValues } from './values';

/** An entry a correction can be about, as the correction form lists it. */
export interface CorrectionTarget {
  /** The entry's name or title, e.g. "SPR:n Vimpelin osasto". */
  title: string;
  /** Its file, e.g. `content/actors/vimpeli/spr-vimpelin-osasto.md`. */
  file: string;
  /** The full address of its page. */
  page: string;
  /** Its municipality's id. */
  municipality: string;
}

/** What checking and writing a submission needs besides the form's values. */
export interface SubmissionContext {
  lang: Language;
  /** Today in Helsinki, `YYYY-MM-DD`: the date an actor's details were confirmed. */
  today: string;
  /** The full address of the form. */
  formUrl: string;
  /** The ids of the municipalities the site has. */
  municipalities: readonly string[];
  /** The entries a correction can be about, by `<collection>/<id>`. */
  targets?: Readonly<Record<string, CorrectionTarget>>;
  /** The words of the messages, in the edition's language. */
  texts: {
    /** "Odotetaan: {expected}", filled with what the schema expects. */
    expected: string;
    /** For a required choice or text that the schemas do not hold (municipality, the correction's target). */
    required: string;
  };
}

/** A problem shown next to a field: the field's name in the form, and the message. */
export interface FieldMessage {
  field: string;
  message: string;
}

export type PreparedSubmission = { ok: false; problems: FieldMessage[] } | { ok: true; draft: SubmissionDraft };

interface SchemaCheck {
  schema: z.ZodType;
  /** A valid entry whose fields stand in for fields that have problems of their own. */
  baseline: Record<string, unknown>;
  /** Fields whose rule compares them with others (`end` with `start`). */
  dependsOn: Record<string, string[]>;
}

/**
 * The schema's problems with the data, each on its field. A schema's rules across fields (the
 * end after the start, a place or a venue) run only once every field is valid, so a second
 * pass puts a valid stand-in in place of each field that has a problem: the sender learns of
 * an end before the start while the summary is still empty, as they move from field to field.
 */
function schemaProblems(
  check: SchemaCheck,
  data: Record<string, unknown>,
  lang: Language,
): { path: (string | number)[]; expected: string }[] {
  const first = fieldProblems(check.schema, data, lang);
  if (!first.length) return [];
  const replaced = new Set(first.map((problem) => String(problem.path[0])));
  const standIn: Record<string, unknown> = { ...data };
  for (const key of replaced) {
    if (key in check.baseline) standIn[key] = check.baseline[key];
    else delete standIn[key];
  }
  const second = fieldProblems(check.schema, standIn, lang).filter((problem) => {
    const key = String(problem.path[0]);
    return !replaced.has(key) && !(check.dependsOn[key] ?? []).some((other) => replaced.has(other));
  });
  return [...first, ...second];
}

/** The sender's contact and a contact for more information: not in the entry's schema, checked with its pieces. */
const contactFieldsSchema = z.object({
  senderEmail: emailSchema.optional(),
  senderPhone: phoneNumberSchema.optional(),
  infoEmail: emailSchema.optional(),
  infoPhone: phoneNumberSchema.optional(),
});

function contactProblems(values: FormValues, ctx: SubmissionContext): FieldMessage[] {
  const data = Object.fromEntries(
    ['senderEmail', 'senderPhone', 'infoEmail', 'infoPhone']
      .map((name) => [name, lineOf(values, name)] as const)
      .filter(([, value]) => value),
  );
  return fieldProblems(contactFieldsSchema, data, ctx.lang).map((problem) => ({
    field: String(problem.path[0]),
    message: ctx.texts.expected.replace('{expected}', problem.expected),
  }));
}

function requiredChoice(values: FormValues, name: string, allowed: readonly string[], ctx: SubmissionContext): FieldMessage[] {
  const value = textOf(values, name);
  return value && allowed.includes(value) ? [] : [{ field: name, message: ctx.texts.required }];
}

/**
 * The schema's problems on the form's fields. A field left empty is only told that it is
 * needed: the schema's words for a missing value name the file's format (`YYYY-MM-DD`, the
 * enum values, an id), which a select or a date picker already takes care of.
 */
function onFields(
  problems: { path: (string | number)[]; expected: string }[],
  fieldOf: (path: readonly (string | number)[]) => string | undefined,
  values: FormValues,
  ctx: SubmissionContext,
): FieldMessage[] {
  return problems.map((problem) => {
    const field = fieldOf(problem.path) ?? '';
    const empty = field !== '' && listOf(values, field).length === 0;
    return { field, message: empty ? ctx.texts.required : ctx.texts.expected.replace('{expected}', problem.expected) };
  });
}

function prepareEvent(values: FormValues, ctx: SubmissionContext): PreparedSubmission {
  const data = eventData(values);
  const other = lineOf(values, 'otherOrganiser');
  const problems = [
    ...requiredChoice(values, 'municipality', ctx.municipalities, ctx),
    ...onFields(schemaProblems(eventCheck, data, ctx.lang), (path) => eventFieldOf(path, values), values, ctx).filter(
      // An organiser not yet in the directory is named in its own field, for staff to add first.
      (problem) => !(other && problem.field === 'organiser' && !textOf(values, 'organiser')),
    ),
    ...contactProblems(values, ctx),
  ];
  if (problems.length) return { ok: false, problems };
  const consent = isTicked(values, 'consent');
  const organisers = data.organisers as string[];
  return {
    ok: true,
    draft: {
      kind: 'event',
      name: lineOf(values, 'titleFi')!,
      formUrl: ctx.formUrl,
      date: ctx.today,
      consent,
      facts: [],
      staffOnly: [
        ['Lähettäjä', senderOf(values)],
        [
          organisers.length
            ? 'Muu järjestäjä, jota ei ole hakemistossa'
            : 'Järjestäjä, jota ei ole hakemistossa (lisää se ensin toimijaksi ja sen tunnus kenttään organisers)',
          other,
        ],
        ['Lisätietoja antaa (ei lupaa julkaista)', consent ? undefined : infoLineOf(values)],
      ],
      file: {
        path: `events/${textOf(values, 'municipality')}/${eventSlug(values)}.md`,
        text: entryFileText(data, eventBody(values)),
      },
    },
  };
}

function prepareActor(values: FormValues, ctx: SubmissionContext): PreparedSubmission {
  const problems = [
    ...requiredChoice(values, 'municipality', ctx.municipalities, ctx),
    // Checked with the role contact in it, published or not, so that its mistakes are caught too.
    ...onFields(schemaProblems(actorCheck, actorData(values, ctx.today, true), ctx.lang), actorFieldOf, values, ctx),
    ...contactProblems(values, ctx),
  ];
  if (problems.length) return { ok: false, problems };
  const consent = isTicked(values, 'consent');
  return {
    ok: true,
    draft: {
      kind: 'actor',
      name: lineOf(values, 'name')!,
      formUrl: ctx.formUrl,
      date: ctx.today,
      consent,
      facts: [],
      staffOnly: [
        ['Lähettäjä', senderOf(values)],
        ['Yhteyshenkilö (ei lupaa julkaista)', consent ? undefined : contactLineOf(values)],
      ],
      file: {
        path: `actors/${textOf(values, 'municipality')}/${actorSlug(values)}.md`,
        text: entryFileText(actorData(values, ctx.today, consent), actorBody(values)),
      },
    },
  };
}

function prepareCorrection(values: FormValues, ctx: SubmissionContext): PreparedSubmission {
  const targets = ctx.targets ?? {};
  const problems = [
    ...requiredChoice(values, 'target', Object.keys(targets), ctx),
    ...(textOf(values, 'problem') ? [] : [{ field: 'problem', message: ctx.texts.required }]),
    ...contactProblems(values, ctx),
  ];
  if (problems.length) return { ok: false, problems };
  const target = targets[textOf(values, 'target')!]!;
  return {
    ok: true,
    draft: {
      kind: 'correction',
      name: target.title,
      formUrl: ctx.formUrl,
      date: ctx.today,
      consent: isTicked(values, 'consent'),
      target: target.file,
      facts: [
        ['Sivu', target.page],
        ['Mikä on väärin', textOf(values, 'problem')],
        ['Oikea tieto', textOf(values, 'correction')],
      ],
      staffOnly: [['Lähettäjä', senderOf(values)]],
    },
  };
}

/**
 * The correction's target from a page's link: `?kohde=actors/vimpeli/spr-vimpelin-osasto`, or
 * an id without its collection (`vimpeli/spr-vimpelin-osasto`), looked up among actors, fruits
 * and events in that order. Undefined for anything the form does not list.
 */
export function correctionTargetKey(
  param: string | null | undefined,
  targets: Readonly<Record<string, CorrectionTarget>>,
): string | undefined {
  const key = param?.trim().replace(/^\/+|\/+$/g, '');
  if (!key) return undefined;
  if (Object.hasOwn(targets, key)) return key;
  return ['actors', 'fruits', 'events'].map((collection) => `${collection}/${key}`).find((full) => Object.hasOwn(targets, full));
}

/**
 * Checks a submission with the same schemas as the build and, when it passes, writes it for
 * staff: the new entry's file (or the correction) and the facts that are not published. Runs
 * in the browser as the sender types, and in tests with plain values.
 */
export function prepareSubmission(kind: SubmissionKind, values: FormValues, ctx: SubmissionContext): PreparedSubmission {
  const prepared =
    kind === 'event' ? prepareEvent(values, ctx) : kind === 'actor' ? prepareActor(values, ctx) : prepareCorrection(values, ctx);
  if (prepared.ok) return prepared;
  // One message a field: a phone number of two digits breaks two rules, and the first says enough.
  const seen = new Set<string>();
  return { ok: false, problems: prepared.problems.filter(({ field }) => !seen.has(field) && Boolean(seen.add(field))) };
}
