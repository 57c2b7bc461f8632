import { z, type ZodIssue, type ZodTypeAny } from 'astro/zod';
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

/** Thrown when content has problems; the message lists every one of them. */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(readonly problems: ContentProblem[]) {
    super(
      `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in content:\n` +
        problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
  }
}

/** `file:line field: found …, expected …` — one problem per line, as editors and CI link them. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line} ${problem.field}: found ${problem.found}, expected ${problem.expected}`;
}

/** A value as it is quoted in a message: strings in quotes, long values shortened. */
export function quote(value: unknown): string {
  if (value === undefined) return 'nothing';
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

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

/** Zod's own wording, which staff should never have to read. */
function isDefaultMessage(message: string): boolean {
  return message === 'Required' || /^(Expected|Invalid|String must|Array must|Number must)/.test(message);
}

/** The issues of the union member that got furthest, so `{fi: 1}` reports `fi`, not the union. */
function unionCause(issue: Extract<ZodIssue, { code: 'invalid_union' }>): ZodIssue[] | undefined {
  const deeper = issue.unionErrors.filter((error) =>
    error.issues.every((inner) => !(inner.code === 'invalid_type' && inner.path.length === issue.path.length)),
  );
  return deeper.length === 1 ? deeper[0]!.issues : undefined;
}

/** A zod issue as one or more problems: which field, what was found, what is expected. */
export function describeIssue(
  issue: ZodIssue,
  data: unknown,
  schema?: ZodTypeAny,
): { path: (string | number)[]; found: string; expected: string }[] {
  const found = quote(valueAt(data, issue.path));
  switch (issue.code) {
    case 'invalid_union': {
      const cause = unionCause(issue);
      if (cause) return cause.flatMap((inner) => describeIssue(inner, data, schema));
      const options = issue.unionErrors.map((error) => describeIssue(error.issues[0]!, data, schema)[0]!.expected);
      // A missing value needs only the simplest form named: the first option.
      if (found === 'nothing') return [{ path: issue.path, found, expected: options[0]! }];
      return [{ path: issue.path, found, expected: [...new Set(options)].join(', or ') }];
    }
    case 'unrecognized_keys': {
      const allowed = schema ? objectKeysAt(schema, issue.path) : [];
      return issue.keys.map((key) => ({
        path: [...issue.path, key],
        found: 'an unknown field',
        expected: expectedFields(allowed, key),
      }));
    }
    case 'invalid_enum_value':
      return [{ path: issue.path, found, expected: `one of ${issue.options.join(', ')}` }];
    case 'invalid_type': {
      const expected = isDefaultMessage(issue.message) ? (TYPE_WORDS[issue.expected] ?? issue.expected) : issue.message;
      return [
        { path: issue.path, found, expected: issue.received === 'undefined' ? `${expected} (a required field)` : expected },
      ];
    }
    case 'too_small':
      if (isDefaultMessage(issue.message)) {
        const expected =
          issue.type === 'array'
            ? `at least ${issue.minimum} item(s)`
            : issue.type === 'string'
              ? 'a non-empty text'
              : `at least ${issue.minimum}`;
        return [{ path: issue.path, found, expected }];
      }
      return [{ path: issue.path, found, expected: issue.message }];
    default:
      return [{ path: issue.path, found, expected: issue.message }];
  }
}

/** Names the allowed fields, with the likely intended one first when the key is a typo. */
function expectedFields(allowed: string[], key: string): string {
  const guess = closest(key, allowed);
  if (guess) return `a known field (did you mean "${guess}"?)`;
  return allowed.length ? `one of the fields ${allowed.join(', ')}` : 'a known field';
}

/** Strips wrappers (optional, default, effects) down to the schema that does the checking. */
function unwrap(schema: ZodTypeAny): ZodTypeAny {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return unwrap(schema.unwrap());
  if (schema instanceof z.ZodDefault) return unwrap(schema._def.innerType);
  if (schema instanceof z.ZodEffects) return unwrap(schema.innerType());
  return schema;
}

/** The field names an object schema allows at `path` (for "did you mean" hints). */
export function objectKeysAt(schema: ZodTypeAny, path: readonly (string | number)[]): string[] {
  let current: ZodTypeAny | undefined = unwrap(schema);
  for (const part of path) {
    if (!current) return [];
    if (current instanceof z.ZodUnion)
      current = (current.options as ZodTypeAny[]).map(unwrap).find((o) => o instanceof z.ZodObject);
    if (current instanceof z.ZodArray && typeof part === 'number') current = unwrap(current.element);
    else if (current instanceof z.ZodObject && typeof part === 'string')
      current = current.shape[part] && unwrap(current.shape[part]);
    else return [];
  }
  if (current instanceof z.ZodUnion)
    current = (current.options as ZodTypeAny[]).map(unwrap).find((o) => o instanceof z.ZodObject);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}
