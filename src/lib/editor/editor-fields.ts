import { editorMessages, type FieldText } from '~/i18n/editor-fields.fi';
import type { EntryFormat } from './entry-file';
import { pathHints, type JsonSchema } from './schema-hints';

/** One field of the editor's configuration (Sveltia CMS `fields`). */
export type EditorField = Record<string, unknown> & { name: string; label: string; widget: string };

/** What the conversion needs besides the schema. */
export interface FieldContext {
  /** The collection, for labels and path hints. */
  collection: string;
  /** Finnish label and help text of a field path such as `contacts.phones.number`. */
  text(path: string): FieldText | undefined;
  /** Finnish labels of an enumeration's values, or undefined when there are none. */
  enumLabel(values: readonly (string | number)[], value: string | number): string | undefined;
  /** The display field of a referenced collection, e.g. `name.fi` for branches. */
  displayField(collection: string): string;
}

/** The object member of a "text or object" union: `{ fi, sv, … }` by language, a place `{ name, address }`, … */
function shorthandObject(schema: JsonSchema): { object: JsonSchema; key: string } | undefined {
  const options = schema.anyOf;
  if (!options || options.length !== 2) return undefined;
  const object = options.find((option) => option.type === 'object');
  const scalar = options.find((option) => option.type !== 'object');
  const key = object?.required?.[0];
  return object && scalar && key ? { object, key } : undefined;
}

const EMAIL_PATTERN = '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$';

/** The schema's default as the editor's, so a new entry starts from what the build would assume. */
function defaultOf(property: JsonSchema): { default?: unknown } {
  return property.default === undefined ? {} : { default: property.default };
}

/** Whether a schema accepts a YAML number as well as text (a postal code, a register number). */
function isTextOrNumber(schema: JsonSchema): boolean {
  return Array.isArray(schema.type) && schema.type.includes('string');
}

/**
 * JSON Schema properties → the editor's fields. Texts by language become a group of a required
 * Finnish and optional Swedish and English text; enumerations become selects with Finnish labels
 * that store the values; references become pick-lists showing names and storing ids. Each
 * "text or object" union is recorded in `shorthands`, so the file format can read the short form.
 */
export function editorFields(
  schema: JsonSchema,
  context: FieldContext,
  shorthands: EntryFormat['shorthands'][number][] = [],
  prefix = '',
  filePrefix = '',
): EditorField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const filePath = filePrefix ? `${filePrefix}.${name}` : name;
    const text = context.text(path);
    const hint = pathHints[context.collection]?.[path];
    const base = {
      name,
      label: text?.label ?? name,
      ...(text?.hint ? { hint: text.hint } : {}),
      required: required.has(name) || Boolean(hint?.['x-required']),
    };
    return { ...base, ...widgetFor({ ...property, ...hint }, { path, filePath }, context, shorthands) };
  });
}

/** A field's path for its label (`contacts.title`) and in the file (`contacts[].title`). */
interface FieldPath {
  path: string;
  filePath: string;
}

function widgetFor(
  property: JsonSchema,
  { path, filePath }: FieldPath,
  context: FieldContext,
  shorthands: EntryFormat['shorthands'][number][],
): Record<string, unknown> & { widget: string } {
  const union = shorthandObject(property);
  if (union) {
    shorthands.push({ path: filePath, key: union.key });
    return { widget: 'object', fields: editorFields(union.object, context, shorthands, path, filePath), collapsed: false };
  }
  if (property.type === 'array' && property.items) {
    const items = { ...property.items, ...(property['x-reference'] ? { 'x-reference': property['x-reference'] } : {}) };
    const min = property.minItems ? { min: property.minItems } : {};
    if (items['x-reference']) return { ...relation(items['x-reference'], true, context), ...min };
    if (items.enum) return { ...select(items.enum, context), multiple: true, ...min, ...defaultOf(property) };
    const union = shorthandObject(items);
    if (union || items.type === 'object') {
      const object = union?.object ?? items;
      if (union) shorthands.push({ path: `${filePath}[]`, key: union.key });
      return { widget: 'list', fields: editorFields(object, context, shorthands, path, `${filePath}[]`), ...min };
    }
    return { widget: 'list', ...min, ...defaultOf(property) };
  }
  if (property['x-reference']) return relation(property['x-reference'], false, context);
  if (property.enum) return { ...select(property.enum, context), ...defaultOf(property) };
  if (property.anyOf) return { widget: 'string' };
  if (property['x-editor'] === 'date') return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  if (property['x-editor'] === 'datetime') return { widget: 'datetime', format: 'YYYY-MM-DD HH:mm' };
  if (property.type === 'boolean') return { widget: 'boolean', ...defaultOf(property) };
  if (property.type === 'integer' || property.type === 'number') {
    return { widget: 'number', value_type: property.type === 'integer' ? 'int' : 'float' };
  }
  if (property.type === 'object') {
    return { widget: 'object', fields: editorFields(property, context, shorthands, path, filePath) };
  }
  if (isTextOrNumber(property)) return { widget: 'string' };
  if (property['x-editor'] === 'email') {
    // The schema checks addresses with zod's own rule, which JSON Schema cannot carry; this
    // simpler pattern stops the usual slips (a missing @ or domain) already in the editor.
    return { widget: 'string', type: 'email', pattern: [EMAIL_PATTERN, editorMessages.email] };
  }
  if (property['x-editor'] === 'url') return { widget: 'string', type: 'url' };
  const widget = property.pattern?.startsWith('^#')
    ? { widget: 'color' }
    : property.pattern?.startsWith('^\\/kuvat\\/')
      ? { widget: 'image', choose_url: false }
      : { widget: /(description|summary|intro|instructions|note)(\.|$)/.test(path) ? 'text' : 'string' };
  // The schema's own pattern, so the editor stops a malformed value before it reaches the check.
  const hint = context.text(path)?.hint;
  return property.pattern ? { ...widget, pattern: [property.pattern, editorMessages.pattern(hint)] } : widget;
}

function select(values: readonly (string | number)[], context: FieldContext) {
  return {
    widget: 'select',
    options: values.map((value) => ({ label: context.enumLabel(values, value) ?? String(value), value })),
  };
}

function relation(collection: string, multiple: boolean, context: FieldContext) {
  const display = context.displayField(collection);
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    display_fields: [display],
    search_fields: [display],
    multiple,
  };
}
