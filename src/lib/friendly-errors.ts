import { z } from 'astro/zod';
import { checkTexts } from '../i18n/checks';
import type { Language } from '~/i18n/languages';
import { schemaMessageText } from '../schemas/messages';
import { enumChoice } from './enum-labels';
import { closest } from './suggest';

/** One mistake in the content, in the words a member of staff needs to fix it. */
export interface ContentProblem {
  /** The file, relative to the project root, e.g. `content/actors/vimpeli/spr.md`. */
  file: string;
  /** 1-based line of the field in the file (the start of the frontmatter when unknown). */
  line: number;
  /** The field, e.g. `contacts[0].email`; `(file)` when the problem is the file itself. */
  field: string;
  /** What was found, quoted. */
  found: string;
  /** What is expected instead. */
  expected: string;
}

/** A language the check's messages are written in; Finnish unless asked otherwise. */
export type MessageLanguage = Language;

/** A heading and one problem per line, as the build and `npm run check` print them. */
export function formatProblems(problems: readonly ContentProblem[], language: MessageLanguage = 'fi'): string {
  return [
    checkTexts[language].content.header({ count: problems.length }),
    ...problems.map((problem) => `  ${formatProblem(problem, language)}`),
  ].join('\n');
}

/** `file:line field: found …, expected …` — one problem per line, as editors and CI link them. */
export function formatProblem(problem: ContentProblem, language: MessageLanguage = 'fi'): string {
  const { file, line, field, found, expected } = problem;
  return checkTexts[language].content.problem({ place: `${file}:${line}`, field, found, expected });
}

/** A value as it is quoted in a message: strings in quotes, long values shortened. */
export function quote(value: unknown, language: MessageLanguage = 'fi'): string {
  if (value === undefined) return checkTexts[language].zod.nothing;
  if (value instanceof Date) return JSON.stringify(value.toISOString().slice(0, 16));
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** `contacts[0].email` from a zod path. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part),
    '',
  );
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined),
    data,
  );
}

/** A zod issue; Zod 4 keeps its types under `z.core`. */
type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

/** Zod paths may hold symbols; content paths never do. */
function plainPath(path: readonly PropertyKey[]): Path {
  return path.filter((part): part is string | number => typeof part !== 'symbol');
}

/** Zod 4 gives the issues of a union's members relative to the union; make them absolute. */
function under(prefix: readonly PropertyKey[], issues: readonly Issue[]): Issue[] {
  return issues.map((inner) => ({ ...inner, path: [...prefix, ...inner.path] }) as Issue);
}

/** The issues of the union member that got furthest, so `{fi: 1}` reports `fi`, not the union. */
function unionCause(issue: Extract<Issue, { code: 'invalid_union' }>): Issue[] | undefined {
  const deeper = issue.errors.filter((issues) =>
    issues.every((inner) => !(inner.code === 'invalid_type' && inner.path.length === 0)),
  );
  return deeper.length === 1 ? under(issue.path, deeper[0]!) : undefined;
}

/**
 * A zod issue as one or more problems: which field, what was found, what is expected, in
 * `language`. Messages the schemas give (`src/schemas/messages.ts`) come from the catalogue of
 * `src/i18n/checks/`; zod's own issues get the catalogue's words for them.
 */
export function describeIssue(
  issue: Issue,
  data: unknown,
  schema?: z.ZodType,
  language: MessageLanguage = 'fi',
): { path: Path; found: string; expected: string }[] {
  const words = checkTexts[language].zod;
  const path = plainPath(issue.path);
  const value = valueAt(data, path);
  const found = quote(value, language);
  const own = schemaMessageText(issue.message, language);
  const required = (expected: string) => (value === undefined ? words.required({ expected }) : expected);
  switch (issue.code) {
    case 'invalid_union': {
      const cause = unionCause(issue);
      if (cause) return cause.flatMap((inner) => describeIssue(inner, data, schema, language));
      const options = issue.errors
        .filter((issues) => issues.length > 0)
        .map((issues) => describeIssue(under(issue.path, issues)[0]!, data, schema, language)[0]!.expected);
      if (!options.length) return [{ path, found, expected: own ?? words.invalid }];
      // A missing value needs only the simplest form named: the first option.
      if (value === undefined) return [{ path, found, expected: options[0]! }];
      return [{ path, found, expected: [...new Set(options)].join(words.or) }];
    }
    case 'unrecognized_keys': {
      const allowed = schema ? objectKeysAt(schema, path) : [];
      return issue.keys.map((key) => ({
        path: [...path, key],
        found: words.unknownField,
        expected: expectedFields(allowed, key, language),
      }));
    }
    case 'invalid_value': {
      if (own) return [{ path, found, expected: required(own) }];
      const { list, guess } = enumChoice(issue.values, value, language);
      const expected = words.oneOf({ list: list.join(', ') });
      return [{ path, found, expected: required(guess ? `${expected}; ${words.didYouMean({ guess })}` : expected) }];
    }
    case 'invalid_type': {
      const type = issue.expected as keyof typeof words.types;
      return [{ path, found, expected: required(own ?? words.types[type] ?? words.otherType({ type })) }];
    }
    case 'too_small':
      return [{ path, found, expected: own ?? tooSmall(issue, language) }];
    case 'too_big':
      return [{ path, found, expected: own ?? tooBig(issue, language) }];
    case 'invalid_format':
      return [{ path, found, expected: own ?? formatWord(issue.format, language) }];
    default:
      // A custom issue without a catalogue key keeps its own words rather than none.
      return [{ path, found, expected: own ?? (issue.code === 'custom' && issue.message ? issue.message : words.invalid) }];
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>, language: MessageLanguage): string {
  const words = checkTexts[language].zod;
  const count = Number(issue.minimum);
  if (issue.origin === 'array' || issue.origin === 'set') return words.atLeastItems({ count });
  if (issue.origin === 'string') return words.nonEmptyText;
  return words.atLeast({ count });
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>, language: MessageLanguage): string {
  const words = checkTexts[language].zod;
  const count = Number(issue.maximum);
  if (issue.origin === 'array' || issue.origin === 'set') return words.atMostItems({ count });
  if (issue.origin === 'string') return words.atMostCharacters({ count });
  return words.atMost({ count });
}

function formatWord(format: string, language: MessageLanguage): string {
  const words = checkTexts[language].zod;
  return format === 'email' ? words.email : format === 'url' ? words.url : words.format;
}

/** One field's problem, as a form shows it beside the field. */
export interface FieldProblem {
  /** The field as `contacts[0].email`. */
  field: string;
  /** The same field as a path, e.g. `['contacts', 0, 'email']`. */
  path: (string | number)[];
  /** What was found, quoted. */
  found: string;
  /** What is expected instead. */
  expected: string;
}

/**
 * Validates `data` with `schema` and returns its problems in `language` (none when it is
 * valid): the submission form runs this in the browser with the content's own schemas, so it
 * imports nothing from Node or Astro.
 */
export function fieldProblems(schema: z.ZodType, data: unknown, language: MessageLanguage): FieldProblem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    describeIssue(issue, data, schema, language).map(({ path, found, expected }) => ({
      field: fieldName(path),
      path,
      found,
      expected,
    })),
  );
}

/** Names the allowed fields, with the likely intended one first when the key is a typo. */
function expectedFields(allowed: string[], key: string, language: MessageLanguage): string {
  const words = checkTexts[language].zod;
  const guess = closest(key, allowed);
  if (guess) return words.knownFieldDidYouMean({ guess });
  return allowed.length ? words.oneOfFields({ list: allowed.join(', ') }) : words.knownField;
}

/** Strips wrappers (optional, default, preprocess and transform pipes) down to the schema that checks. */
function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault)
    return unwrap(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) {
    // `.transform()` pipes into a transform step, `z.preprocess()` pipes out of one.
    const { in: input, out } = schema.def;
    return unwrap((input instanceof z.ZodTransform ? out : input) as z.ZodType);
  }
  return schema;
}

/** The first object schema among a union's options, or the schema itself. */
function objectOption(schema: z.ZodType): z.ZodType {
  if (!(schema instanceof z.ZodUnion)) return schema;
  return (schema.options as z.ZodType[]).map(unwrap).find((option) => option instanceof z.ZodObject) ?? schema;
}

/** The field names an object schema allows at `path` (for "did you mean" hints). */
function objectKeysAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const part of path) {
    if (!current) return [];
    current = objectOption(current);
    if (current instanceof z.ZodArray && typeof part === 'number') current = unwrap(current.element as z.ZodType);
    else if (current instanceof z.ZodObject && typeof part === 'string') {
      const field = current.shape[part] as z.ZodType | undefined;
      current = field && unwrap(field);
    } else return [];
  }
  current = current && objectOption(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}
