import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { editorCollectionSpecs, editorSetup, type EditorSettings } from '~/lib/editor/editor-config';
import type { EditorField } from '~/lib/editor/editor-fields';
import { inputJsonSchema, type JsonSchema } from '~/lib/editor/schema-hints';
import { editorConfigProblems } from '~/lib/editor/validate-config';
import { enumLabel } from '~/lib/enum-labels';
import { parseRepository } from '~/lib/forge';
import { actorSchema } from '~/schemas/actor';
import { collectionSpecs } from '~/schemas/collections';
import { languages } from '~/i18n/languages';

const specs = editorCollectionSpecs(collectionSpecs);
const noRepository: EditorSettings = {
  repository: undefined,
  branch: 'main',
  authUrl: undefined,
  gitlabAppId: undefined,
  siteUrl: undefined,
};
const label = (values: readonly (string | number)[], value: string | number) => enumLabel(values, value);
const sveltiaSchema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8')) as object;

type Collection = { name: string; fields: EditorField[]; format: string };
const setup = editorSetup(specs, label, noRepository);
const collections = setup.cms.collections as Collection[];
const collection = (name: string) => collections.find((each) => each.name === name)!;
const fieldAt = (fields: EditorField[], name: string) => fields.find((field) => field.name === name)!;

/** The object member of a "short value or group" union, as the editor shows it. */
function groupOf(schema: JsonSchema): JsonSchema | undefined {
  return schema.anyOf?.length === 2 ? schema.anyOf.find((option) => option.type === 'object') : undefined;
}

/**
 * Compares a schema's properties with the editor's fields, one by one: the same names, the same
 * required fields, the same enumeration values and patterns, lists where the schema has lists
 * and texts by language where it has them. Returns every disagreement as `path: what`.
 */
function disagreements(schema: JsonSchema, fields: EditorField[], path = ''): string[] {
  const found: string[] = [];
  const properties = schema.properties ?? {};
  const names = fields.map((field) => field.name).filter((name) => name !== 'body');
  if (names.join() !== Object.keys(properties).join()) found.push(`${path}: fields ${names} ≠ ${Object.keys(properties)}`);
  for (const [name, property] of Object.entries(properties)) {
    const field = fieldAt(fields, name);
    const at = `${path}${name}`;
    if (!field) continue;
    const required = (schema.required ?? []).includes(name);
    if (required && !field.required) found.push(`${at}: required in the schema, optional in the editor`);
    const group = groupOf(property) ?? (property.type === 'object' ? property : undefined);
    const items = property.type === 'array' ? property.items : undefined;
    if (group) {
      if (field.widget !== 'object') found.push(`${at}: a group in the schema, ${field.widget} in the editor`);
      else found.push(...disagreements(group, field.fields as EditorField[], `${at}.`));
    } else if (items) {
      const listWidget = field.widget === 'list' || field.multiple === true;
      if (!listWidget) found.push(`${at}: a list in the schema, not in the editor`);
      const itemGroup = groupOf(items) ?? (items.type === 'object' ? items : undefined);
      if (itemGroup) found.push(...disagreements(itemGroup, field.fields as EditorField[], `${at}[].`));
      if (items.enum) {
        const values = (field.options as { value: unknown }[]).map((option) => option.value);
        if (values.join() !== items.enum.join()) found.push(`${at}: values ${values} ≠ ${items.enum}`);
      }
    } else if (property.enum) {
      const values = (field.options as { value: unknown }[]).map((option) => option.value);
      if (values.join() !== property.enum.join()) found.push(`${at}: values ${values} ≠ ${property.enum}`);
    } else if (property.pattern && field.widget !== 'relation') {
      if ((field.pattern as string[] | undefined)?.[0] !== property.pattern) found.push(`${at}: pattern differs`);
    }
  }
  return found;
}

describe('the browser editor configuration', () => {
  test('agrees with the schemas field by field in every collection', () => {
    for (const [name, spec] of Object.entries(specs)) {
      expect(disagreements(inputJsonSchema(spec.schema), collection(name).fields), name).toEqual([]);
    }
  });

  test('notices an editor field that left the schema behind', () => {
    const fields = collection('actors').fields.map((field) =>
      field.name === 'kind' ? { ...field, options: [{ label: 'yhdistys', value: 'association' }] } : field,
    );
    expect(
      disagreements(
        inputJsonSchema(actorSchema),
        fields.filter((field) => field.name !== 'email'),
      ),
    ).toEqual([
      expect.stringContaining('fields'),
      'kind: values association ≠ association,club,village-society,company,public-service,parish,project,other',
    ]);
  });

  test('shows a field added to a schema', () => {
    const extended = { ...specs, actors: { ...specs.actors!, schema: actorSchema.extend({ facebook: z.string() }) } };
    const fields = (editorSetup(extended, label, noRepository).cms.collections as Collection[])[0]!.fields;
    expect(fields.map((field) => field.name)).toContain('facebook');
  });

  test('has a Finnish label and help text for every field', () => {
    const missing: string[] = [];
    const visit = (fields: EditorField[], path: string) => {
      for (const field of fields) {
        if (field.label === field.name || !field.hint) missing.push(`${path}${field.name}`);
        if (Array.isArray(field.fields)) visit(field.fields as EditorField[], `${path}${field.name}.`);
      }
    };
    for (const each of collections) visit(each.fields, `${each.name}: `);
    expect(missing).toEqual([]);
  });

  test('stores enumeration values and shows their Finnish labels', () => {
    expect(fieldAt(collection('actors').fields, 'kind').options).toContainEqual({ label: 'yhdistys', value: 'association' });
  });

  test('offers references as pick-lists that show names and store ids', () => {
    const events = collection('events').fields;
    expect(fieldAt(events, 'organisers')).toMatchObject({
      widget: 'relation',
      collection: 'actors',
      value_field: '{{slug}}',
      display_fields: ['name'],
      multiple: true,
      min: 1,
    });
    expect(fieldAt(events, 'venue')).toMatchObject({ widget: 'relation', collection: 'venues', multiple: false });
    expect(fieldAt(events, 'channels')).toMatchObject({ widget: 'relation', collection: 'channels', multiple: true });
    expect(fieldAt(collection('actors').fields, 'branches')).toMatchObject({
      collection: 'branches',
      display_fields: ['name.fi'],
    });
  });

  test('asks for a required Finnish text and an optional one in each other language of the registry', () => {
    const description = fieldAt(collection('actors').fields, 'description');
    expect((description.fields as EditorField[]).map(({ name, required }) => [name, required])).toEqual(
      languages.map((lang) => [lang, lang === 'fi']),
    );
  });

  test('takes dates and times in the forms the schemas take', () => {
    expect(fieldAt(collection('actors').fields, 'verified')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
    expect(fieldAt(collection('events').fields, 'start')).toMatchObject({ format: 'YYYY-MM-DD HH:mm', required: true });
  });

  test('keeps actors, fruits and events in one folder per municipality', () => {
    for (const name of ['actors', 'fruits', 'events']) {
      expect(collection(name), name).toMatchObject({ folder: `content/${name}`, nested: { depth: 2, subfolders: false } });
    }
  });

  test('saves through pull requests on GitHub or GitLab as configured', () => {
    const github = editorSetup(specs, label, {
      ...noRepository,
      repository: parseRepository('https://github.com/kunta/hyvinvointipuu'),
      authUrl: 'https://kirjautuminen.kunta.fi',
    });
    expect(github.configured).toBe(true);
    expect(github.cms).toMatchObject({
      publish_mode: 'editorial_workflow',
      backend: { name: 'github', repo: 'kunta/hyvinvointipuu', branch: 'main', base_url: 'https://kirjautuminen.kunta.fi' },
    });
    const gitlab = editorSetup(specs, label, {
      ...noRepository,
      repository: parseRepository('https://gitlab.kunta.fi/verkko/hyvinvointipuu'),
      gitlabAppId: 'abc123',
    });
    expect(gitlab.cms.backend).toEqual({
      name: 'gitlab',
      repo: 'verkko/hyvinvointipuu',
      branch: 'main',
      api_root: 'https://gitlab.kunta.fi/api/v4',
      base_url: 'https://gitlab.kunta.fi',
      auth_type: 'pkce',
      app_id: 'abc123',
    });
    expect(setup.configured).toBe(false);
    expect(github.oauth && gitlab.oauth).toBe(true);
    expect(github.cms.backend).not.toHaveProperty('auth_methods');
  });

  test('offers only the access token when the forge has no OAuth set up', () => {
    const tokenOnly = editorSetup(specs, label, {
      ...noRepository,
      repository: parseRepository('https://github.com/kunta/hyvinvointipuu'),
    });
    expect(tokenOnly).toMatchObject({ configured: true, oauth: false });
    expect(tokenOnly.cms.backend).toMatchObject({ name: 'github', auth_methods: ['token'] });
    expect(editorConfigProblems(tokenOnly.cms, sveltiaSchema)).toEqual([]);
  });

  test('validates against the JSON Schema that ships with Sveltia CMS', () => {
    expect(editorConfigProblems(setup.cms, sveltiaSchema)).toEqual([]);
  });

  test('reports a configuration the editor would refuse', () => {
    const broken = { ...setup.cms, publish_mode: 'straight-to-main', collections: [{ name: 'actors' }] };
    expect(editorConfigProblems(broken, sveltiaSchema).length).toBeGreaterThan(0);
  });
});

describe('the build step of the browser editor', () => {
  test('fails the build, in Finnish, when the configuration would not validate', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const { browserEditor } = await import('~/integrations/editor');
    const root = mkdtempSync(join(tmpdir(), 'hyvinvointipuu-editor-'));
    mkdirSync(join(root, 'hallinta'));
    writeFileSync(join(root, 'hallinta/asetukset.json'), JSON.stringify({ cms: { ...setup.cms, publish_mode: 'heti' } }));
    const done = browserEditor().hooks['astro:build:done'] as unknown as (options: object) => void;
    expect(() => done({ dir: pathToFileURL(`${root}/`), logger: { info() {} } })).toThrow(
      /Muokkaimen asetukset .* eivät kelpaa Sveltia CMS:lle:\n {2}\/publish_mode: /,
    );
  });
});
