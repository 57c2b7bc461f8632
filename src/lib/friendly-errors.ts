import { z } from 'astro/zod';
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
  int: 'a whole number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

/** A zod issue; Zod 4 keeps its types under `z.core`. */
type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

/** Zod's own wording, which staff should never have to read. */
function isDefaultMessage(message: string): boolean {
  return /^(Required|Expected|Invalid|Too (small|big)|Unrecognized|String must|Array must|Number must)/.test(message);
}

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

/** A zod issue as one or more problems: which field, what was found, what is expected. */
export function describeIssue(
  issue: Issue,
  data: unknown,
  schema?: z.ZodType,
): { path: Path; found: string; expected: string }[] {
  const path = plainPath(issue.path);
  const value = valueAt(data, path);
  const found = quote(value);
  switch (issue.code) {
    case 'invalid_union': {
      const cause = unionCause(issue);
      if (cause) return cause.flatMap((inner) => describeIssue(inner, data, schema));
      const options = issue.errors
        .filter((issues) => issues.length > 0)
        .map((issues) => describeIssue(under(issue.path, issues)[0]!, data, schema)[0]!.expected);
      if (!options.length) return [{ path, found, expected: issue.message }];
      // A missing value needs only the simplest form named: the first option.
      if (found === 'nothing') return [{ path, found, expected: options[0]! }];
      return [{ path, found, expected: [...new Set(options)].join(', or ') }];
    }
    case 'unrecognized_keys': {
      const allowed = schema ? objectKeysAt(schema, path) : [];
      return issue.keys.map((key) => ({
        path: [...path, key],
        found: 'an unknown field',
        expected: expectedFields(allowed, key),
      }));
    }
    case 'invalid_value':
      if (!isDefaultMessage(issue.message)) return [{ path, found, expected: issue.message }];
      return [{ path, found, expected: `one of ${issue.values.map(String).join(', ')}` }];
    case 'invalid_type': {
      const expected = isDefaultMessage(issue.message) ? (TYPE_WORDS[issue.expected] ?? issue.expected) : issue.message;
      return [{ path, found, expected: value === undefined ? `${expected} (a required field)` : expected }];
    }
    case 'too_small':
      if (isDefaultMessage(issue.message)) {
        const expected =
          issue.origin === 'array'
            ? `at least ${issue.minimum} item(s)`
            : issue.origin === 'string'
              ? 'a non-empty text'
              : `at least ${issue.minimum}`;
        return [{ path, found, expected }];
      }
      return [{ path, found, expected: issue.message }];
    default:
      return [{ path, found, expected: issue.message }];
  }
}

/** Names the allowed fields, with the likely intended one first when the key is a typo. */
function expectedFields(allowed: string[], key: string): string {
  const guess = closest(key, allowed);
  if (guess) return `a known field (did you mean "${guess}"?)`;
  return allowed.length ? `one of the fields ${allowed.join(', ')}` : 'a known field';
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
export function objectKeysAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
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
