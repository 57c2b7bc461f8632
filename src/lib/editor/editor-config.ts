import type { z } from 'astro/zod';
import { isLanguage } from '~/i18n/languages';
import { editorCollectionTexts, editorFieldTexts, editorMessages, languagePartText } from '~/i18n/editor-fields.fi';
import type { ForgeRepository } from '../forge';
import type { EntryFormat } from './entry-file';
import { editorFields, type EditorField, type FieldContext } from './editor-fields';
import { inputJsonSchema } from './schema-hints';

/** A collection as the editor needs to know it. */
export interface EditorCollectionSpec {
  schema: z.ZodType;
  /** `markdown` (`.md` with frontmatter) or `yaml`. */
  kind: EntryFormat['kind'];
  /** Whether entries sit in one folder per municipality. */
  byMunicipality: boolean;
}

/** The editor's view of the content collections: the file kind their extensions give. */
export function editorCollectionSpecs(
  specs: Record<string, { schema: z.ZodType; extensions: readonly string[]; byMunicipality: boolean }>,
): Record<string, EditorCollectionSpec> {
  return Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      { schema: spec.schema, kind: spec.extensions.includes('.md') ? 'markdown' : 'yaml', byMunicipality: spec.byMunicipality },
    ]),
  );
}

/** Everything the editor page loads: the editor's own configuration and how files are written. */
export interface EditorSetup {
  /** Sveltia CMS configuration, checked against the JSON Schema the package ships. */
  cms: Record<string, unknown>;
  /** One file format per collection, named `hyvinvointipuu-<collection>` in `cms`. */
  formats: Record<string, EntryFormat & { extension: string }>;
  /** Whether a repository is configured; without one the page explains what to set. */
  configured: boolean;
  /** Whether staff sign in with the forge's OAuth; otherwise with a personal access token. */
  oauth: boolean;
}

export interface EditorSettings {
  repository: ForgeRepository | undefined;
  branch: string;
  /** Address of the OAuth helper for GitHub (see docs/hosting.md); GitLab uses PKCE without one. */
  authUrl: string | undefined;
  /** GitLab OAuth application id. */
  gitlabAppId: string | undefined;
  /** The public site's address, for the editor's "view on site" links. */
  siteUrl: string | undefined;
}

/** The order collections appear in the editor: the ones staff edit weekly first. */
const COLLECTION_ORDER = ['actors', 'events', 'fruits', 'venues', 'channels', 'branches', 'municipalities', 'pages'];

/** Collections whose entries staff edit but never add or remove. */
const FIXED_COLLECTIONS = ['branches', 'municipalities', 'pages'];

/** The field each collection's entries are named by in pick-lists and listings. */
const IDENTIFIER: Record<string, string> = {
  actors: 'name',
  events: 'title.fi',
  fruits: 'title.fi',
  venues: 'name',
  channels: 'name.fi',
  branches: 'name.fi',
  municipalities: 'name.fi',
  pages: 'title',
};

/**
 * Whether staff can sign in with the forge's OAuth: GitHub needs the helper service, GitLab an
 * application id. Without it they sign in with a personal access token, which always works.
 */
function hasOAuth(settings: EditorSettings): boolean {
  return settings.repository?.kind === 'github' ? Boolean(settings.authUrl) : Boolean(settings.gitlabAppId);
}

function backend(settings: EditorSettings): Record<string, unknown> {
  const { repository } = settings;
  if (!repository) return { name: 'github', repo: 'kunta/hyvinvointipuu', branch: settings.branch };
  const common = {
    repo: repository.path,
    branch: settings.branch,
    // Without OAuth the editor would offer a sign-in that leads nowhere: offer the token only.
    ...(hasOAuth(settings) ? {} : { auth_methods: ['token'] }),
  };
  if (repository.kind === 'github') {
    return {
      name: 'github',
      ...common,
      ...(repository.origin !== 'https://github.com' ? { api_root: `${repository.origin}/api/v3` } : {}),
      ...(settings.authUrl ? { base_url: settings.authUrl } : {}),
    };
  }
  return {
    name: 'gitlab',
    ...common,
    ...(repository.origin !== 'https://gitlab.com'
      ? { api_root: `${repository.origin}/api/v4`, base_url: repository.origin }
      : {}),
    ...(settings.gitlabAppId ? { auth_type: 'pkce', app_id: settings.gitlabAppId } : {}),
  };
}

/** Finnish texts for a collection's fields; the language parts of a text share one set. */
function fieldText(collection: string) {
  const texts = editorFieldTexts[collection] ?? {};
  return (path: string) => {
    const language = /\.([a-z]{2,3})$/.exec(path)?.[1];
    return texts[path] ?? (language && isLanguage(language) ? languagePartText(language) : undefined);
  };
}

/**
 * The browser editor's configuration, generated from the same schemas the build validates with:
 * a field added to a schema appears in the editor. Saving opens a branch and a pull request
 * (`publish_mode: editorial_workflow`), which the pull-request workflow checks.
 */
export function editorSetup(
  specs: Record<string, EditorCollectionSpec>,
  enumLabel: FieldContext['enumLabel'],
  settings: EditorSettings,
): EditorSetup {
  const formats: EditorSetup['formats'] = {};
  const names = [
    ...COLLECTION_ORDER.filter((name) => name in specs),
    ...Object.keys(specs).filter((name) => !COLLECTION_ORDER.includes(name)),
  ];
  const collections = names.map((name) => {
    const spec = specs[name]!;
    const shorthands: EntryFormat['shorthands'][number][] = [];
    const context: FieldContext = {
      collection: name,
      text: fieldText(name),
      enumLabel,
      displayField: (collection) => IDENTIFIER[collection] ?? 'name',
    };
    const json = inputJsonSchema(spec.schema);
    const fields: EditorField[] = editorFields(json, context, shorthands);
    if (spec.kind === 'markdown') {
      const text = fieldText(name)('body');
      fields.push({ name: 'body', label: text?.label ?? 'body', hint: text?.hint ?? '', widget: 'markdown', required: false });
    }
    const extension = spec.kind === 'markdown' ? 'md' : 'yaml';
    const format = `hyvinvointipuu-${name}`;
    const properties = Object.entries(json.properties ?? {});
    formats[format] = {
      kind: spec.kind,
      extension,
      fieldOrder: properties.map(([key]) => key),
      shorthands,
      defaults: Object.fromEntries(
        properties.filter(([, property]) => property.default !== undefined).map(([key, property]) => [key, property.default]),
      ),
    };
    const texts = editorCollectionTexts[name];
    return {
      name,
      label: texts?.label ?? name,
      label_singular: texts?.singular ?? name,
      description: texts?.description ?? '',
      folder: `content/${name}`,
      format,
      identifier_field: IDENTIFIER[name] ?? 'name',
      // The file name comes from the name; staff may shorten it when creating the entry, but not
      // rename it later, because other entries refer to it by that id.
      slug: {
        template: '{{slug}}',
        editable: ['create'],
        hint: editorMessages.fileName,
      },
      // Branches, municipalities and maintainers' pages shape the whole site: maintainers add them.
      ...(FIXED_COLLECTIONS.includes(name) ? { create: false, delete: false } : {}),
      ...(spec.byMunicipality ? { nested: { depth: 2, subfolders: false }, meta: { path: {} } } : {}),
      fields,
    };
  });

  return {
    configured: Boolean(settings.repository),
    oauth: hasOAuth(settings),
    formats,
    cms: {
      load_config_file: false,
      app_title: 'Hyvinvointipuun muokkain',
      logo: { src: '/favicon.svg' },
      backend: backend(settings),
      publish_mode: 'editorial_workflow',
      media_folder: 'public/kuvat',
      public_folder: '/kuvat',
      ...(settings.siteUrl ? { site_url: settings.siteUrl } : {}),
      slug: { encoding: 'ascii', clean_accents: true },
      output: { omit_empty_optional_fields: true },
      // The preview would only repeat the fields: the site's own page is the preview.
      editor: { preview: false },
      collections,
    },
  };
}
