import { isMap, isScalar, parseDocument, Scalar, stringify, visit, type Document, type Pair } from 'yaml';
import { FRONTMATTER } from '../frontmatter';

/**
 * How the browser editor reads and writes one collection's files. The editor (Sveltia CMS) only
 * knows fields; this module makes what it saves the file a person would write:
 * - texts by language may be a plain string (Finnish) or `{ fi, sv, … }` by language; the editor always
 *   shows the object, so a plain string is read as `{ fi }` and written back unchanged when the
 *   Finnish text was not edited;
 * - fields whose value did not change keep their lines byte for byte (quotes, order, comments),
 *   because the original text travels with the entry and only changed fields are rewritten;
 * - empty optional values are left out instead of being written as `''` or `null`, and so are
 *   defaults that the file did not spell out.
 */
export interface EntryFormat {
  /** `markdown`: YAML frontmatter and a Markdown body; `yaml`: a YAML file. */
  kind: 'markdown' | 'yaml';
  /** Field names in the order of the schema, for placing fields that a file did not have yet. */
  fieldOrder: readonly string[];
  /**
   * Fields that may be written short, as one value, instead of as a group: a text by language
   * (`description: Teksti` for `{ fi: Teksti }`), a place, a phone number. `path` uses `[]` for
   * "every item of a list", e.g. `contacts[].phones[]`; `key` is the group's field that the
   * short value stands for.
   */
  shorthands: readonly { path: string; key: string }[];
  /**
   * The schema's defaults of top-level fields. The editor fills every field it shows with its
   * default; writing those would add lines nobody chose, so a default is written only where the
   * file already spelled it out.
   */
  defaults: Readonly<Record<string, unknown>>;
}

/** The key under which the file's original text travels through the editor; never written. */
export const SOURCE_KEY = '__hyvinvointipuuSource';

type Data = Record<string, unknown>;

function isPlainObject(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Splits a file into its YAML and its body (always empty for YAML files). */
function splitFile(text: string, kind: EntryFormat['kind']): { yaml: string; body: string } {
  if (kind === 'yaml') return { yaml: text, body: '' };
  const match = FRONTMATTER.exec(text);
  return match ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : { yaml: '', body: text };
}

const isShort = (value: unknown) => value !== null && value !== undefined && typeof value !== 'object';

/** Turns short values at the path into `{ [key]: value }`, in place. */
function expandAt(value: unknown, parts: readonly string[], key: string): void {
  const [head, ...rest] = parts;
  if (head === undefined || !isPlainObject(value)) return;
  const list = head.endsWith('[]');
  const name = list ? head.slice(0, -2) : head;
  if (!(name in value)) return;
  if (list) {
    const items = value[name];
    if (!Array.isArray(items)) return;
    items.forEach((item, index) => {
      if (rest.length === 0 && isShort(item)) items[index] = { [key]: item };
      else expandAt(item, rest, key);
    });
  } else if (rest.length === 0) {
    if (isShort(value[name])) value[name] = { [key]: value[name] };
  } else expandAt(value[name], rest, key);
}

/** The entry's data as the editor sees it: every short form written out as its group. */
function normalizeEntry(data: Data, format: EntryFormat): Data {
  const copy = structuredClone(data);
  // Outer paths first, so that `contacts[]` is expanded before `contacts[].title`.
  const shorthands = [...format.shorthands].sort((a, b) => a.path.length - b.path.length);
  for (const { path, key } of shorthands) expandAt(copy, path.split('.'), key);
  return copy;
}

/** Reads a file for the editor: its fields, its `body`, and its original text. */
export function readEntryFile(text: string, format: EntryFormat): Data {
  const { yaml, body } = splitFile(text, format.kind);
  const parsed = parseDocument(yaml).toJS() as unknown;
  const data = normalizeEntry(isPlainObject(parsed) ? parsed : {}, format);
  return { ...data, ...(format.kind === 'markdown' ? { body: body.trim() } : {}), [SOURCE_KEY]: text };
}

/** Removes what the editor leaves for an empty optional field: `''`, `null`, `[]`, `{}`. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, withoutEmpty(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

/** The same data, whatever order a group's fields were written in (`{ en, fi }` = `{ fi, en }`). */
function isEqual(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => isEqual(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && isEqual(a[key], b[key]));
  }
  return a === b;
}

/** Words that YAML 1.1 (which Astro reads frontmatter with) takes for true, false or null. */
const YAML_11_WORDS = /^(y|n|yes|no|on|off|true|false|null|~)$/i;

/** `key: value` as YAML lines, quoting strings that another YAML reader would take for something else. */
function fieldLines(key: string, value: unknown): string {
  const document = parseDocument(stringify({ [key]: value }, { lineWidth: 0 }));
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && YAML_11_WORDS.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return document.toString({ lineWidth: 0 });
}

/** The text of each top-level field of a YAML document, by key, with its start and end offsets. */
function fieldSpans(document: Document, yaml: string): Map<string, { start: number; end: number }> {
  const spans = new Map<string, { start: number; end: number }>();
  if (!isMap(document.contents)) return spans;
  const pairs = document.contents.items as Pair[];
  pairs.forEach((pair, index) => {
    if (!isScalar(pair.key) || !pair.key.range) return;
    const start = yaml.lastIndexOf('\n', pair.key.range[0] - 1) + 1;
    const next = pairs[index + 1]?.key;
    let end = isScalar(next) && next.range ? yaml.lastIndexOf('\n', next.range[0] - 1) + 1 : yaml.length;
    // A comment line just above the next field belongs to that field.
    while (end > start) {
      const lineStart = yaml.lastIndexOf('\n', end - 2) + 1;
      if (lineStart <= start || !yaml.slice(lineStart, end).trimStart().startsWith('#')) break;
      end = lineStart;
    }
    spans.set(String(pair.key.value), { start, end });
  });
  return spans;
}

/**
 * Writes the editor's entry back as file text. Fields equal to the original keep their original
 * lines; a changed field's lines are replaced where they were; a new field goes after the field
 * that precedes it in the schema; a removed field's lines go. A new entry is written in schema order.
 */
export function writeEntryFile(value: Data, format: EntryFormat): string {
  const { [SOURCE_KEY]: source, body: rawBody, ...fields } = value;
  const data = (withoutEmpty(fields) ?? {}) as Data;
  const body = typeof rawBody === 'string' ? rawBody.replace(/\r\n?/g, '\n').trim() : '';
  // Worked on with `\n`; a file written with Windows line ends gets them back at the end.
  const lineEnd = typeof source === 'string' && source.includes('\r\n') ? '\r\n' : '\n';
  const original = typeof source === 'string' ? splitFile(source.replace(/\r\n/g, '\n'), format.kind) : undefined;
  const ordered = [
    ...format.fieldOrder.filter((key) => key in data),
    ...Object.keys(data).filter((key) => !format.fieldOrder.includes(key)),
  ];
  const isDefault = (key: string) => key in format.defaults && isEqual(data[key], format.defaults[key]);

  let yaml: string;
  if (!original) {
    yaml = ordered
      .filter((key) => !isDefault(key))
      .map((key) => fieldLines(key, data[key]))
      .join('');
  } else {
    const text = original.yaml.endsWith('\n') || original.yaml === '' ? original.yaml : `${original.yaml}\n`;
    const document = parseDocument(text);
    const before = normalizeEntry((document.toJS() as Data | null) ?? {}, format);
    const spans = fieldSpans(document, text);
    // Edits from the end of the text backwards, so earlier offsets stay valid; new fields that go
    // to the same place are inserted last one first, so they end up in schema order.
    const edits: { start: number; end: number; text: string; order: number }[] = [];
    for (const [key, span] of spans) {
      if (!(key in data)) edits.push({ ...span, text: '', order: edits.length });
      else if (!isEqual(before[key], data[key])) edits.push({ ...span, text: fieldLines(key, data[key]), order: edits.length });
    }
    const added = ordered.filter((key) => !spans.has(key) && !isDefault(key));
    for (const key of added) {
      const previous = ordered
        .slice(0, ordered.indexOf(key))
        .reverse()
        .find((other) => spans.has(other));
      const at = previous ? spans.get(previous)!.end : 0;
      edits.push({ start: at, end: at, text: fieldLines(key, data[key]), order: edits.length });
    }
    yaml = edits
      .sort((a, b) => b.start - a.start || b.end - a.end || b.order - a.order)
      .reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
  }

  const withLineEnds = (text: string) => (lineEnd === '\n' ? text : text.replace(/\n/g, lineEnd));
  if (format.kind === 'yaml') return withLineEnds(yaml);
  const sameBody = original && original.body.trim() === body;
  const bodyText = sameBody ? original.body : body ? `\n${body}\n` : '';
  return withLineEnds(`---\n${yaml}---\n${bodyText}`);
}
