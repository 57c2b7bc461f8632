import { isAbsolute, resolve } from 'node:path';
import { z } from 'astro/zod';
import { checkTexts } from '~/i18n/checks';
import { editionLanguages, isLanguage, languages, type Language } from '~/i18n/languages';
import { helsinkiNow } from '~/lib/events/event-facts';
import { fieldProblems } from '~/lib/friendly-errors';
import { isRealLocalDateTime } from '~/lib/helsinki-time';
import { emailSchema } from '~/schemas/contact';
import { expects } from '~/schemas/messages';
import { webUrlSchema } from '~/schemas/url';
import { parseRepository } from '~/lib/forge';
import type { ContentRoots } from '~/lib/content-roots';
import type { SiteSettings } from '~/lib/site-settings';

/** An empty variable counts as unset, as hosting build settings often leave one empty. */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());

/**
 * Every setting of a deployment, by its environment variable, checked once when the build or a
 * command starts (`readSettings`). The README's "Settings" table documents the same variables,
 * and a unit test keeps the two in step.
 */
const settingsSchema = z.object({
  /** The site's public address; `astro build` stops without it, `npm start` sets a local one. */
  SITE_URL: optional(webUrlSchema),
  /** The content folder to build, instead of `content/` (tests, benchmarks, a region of a national layout). */
  HYVINVOINTIPUU_CONTENT: optional(z.string()),
  /** The folder of the shared collections (branches, channels, pages) in a national layout; the content folder by default. */
  HYVINVOINTIPUU_SHARED_CONTENT: optional(z.string()),
  /** Where the built site is written, instead of `dist/`. */
  HYVINVOINTIPUU_OUT_DIR: optional(z.string()),
  /** Where the incremental build keeps its cache, instead of `node_modules/.astro/`. */
  HYVINVOINTIPUU_CACHE_DIR: optional(z.string()),
  /** The editions to build, comma-separated; Finnish is always built. */
  HYVINVOINTIPUU_EDITIONS: optional(
    z
      .string()
      .transform((codes) => codes.split(',').map((code) => code.trim()))
      .refine((codes) => codes.every((code) => isLanguage(code) && editionLanguages().includes(code)), {
        ...expects('editionCodes', { list: editionLanguages().join(', ') }),
      }),
  ),
  /** The repository the browser editor saves to as pull requests. */
  HYVINVOINTIPUU_REPOSITORY: optional(
    webUrlSchema.refine((address) => parseRepository(address) !== undefined, expects('repositoryAddress')),
  ),
  /** The repository's forge, when its address does not say (github.com is GitHub, other hosts GitLab). */
  HYVINVOINTIPUU_FORGE: optional(z.enum(['github', 'gitlab'])),
  /** The branch the editor opens and pull requests go to. */
  HYVINVOINTIPUU_BRANCH: optional(z.string().regex(/^(?!-)[\w.\-/]+$/, expects('branchName'))),
  /** An address for corrections by email, for readers without an account. */
  HYVINVOINTIPUU_CORRECTIONS_EMAIL: optional(emailSchema),
  /** The OAuth helper GitHub needs for signing in to the editor. */
  HYVINVOINTIPUU_EDITOR_AUTH_URL: optional(webUrlSchema),
  /** A GitLab OAuth application's id, for signing in to the editor on GitLab. */
  HYVINVOINTIPUU_GITLAB_APP_ID: optional(z.string().regex(/^[\w-]+$/, expects('applicationId'))),
  /** The open data's licence, by its short name. */
  HYVINVOINTIPUU_DATA_LICENCE: optional(z.string().trim().min(1)),
  /** Where the licence's text is. */
  HYVINVOINTIPUU_DATA_LICENCE_URL: optional(webUrlSchema),
  /** A fixed "now" in Helsinki time, so that what is upcoming stays put (tests). */
  HYVINVOINTIPUU_NOW: optional(z.string().refine(isRealLocalDateTime, expects('helsinkiTime'))),
  /** The language of the content check's messages: Finnish unless another language of the registry (`sv`, `en`). */
  HYVINVOINTIPUU_MESSAGES: optional(
    z.preprocess((value) => (typeof value === 'string' ? value.trim().toLowerCase() : value), z.enum(languages)),
  ),
  /** The folder of the regions' built sites (`<alue>/avoin-data/alue.fi.json`, …) that `npm run build:national` reads; the content folder then holds the national layout. */
  HYVINVOINTIPUU_REGION_SITES: optional(z.string()),
  /** `separate` leaves the search index out of `astro build`, for `scripts/search-index.mjs` to write afterwards in a process of its own (`build:regions` does so). */
  HYVINVOINTIPUU_SEARCH_INDEX: optional(z.enum(['build', 'separate'])),
  /** `off` leaves the Finnish word forms out of the search index (to measure what they cost). */
  HYVINVOINTIPUU_SEARCH_TERMS: optional(z.enum(['on', 'off'])),
});

/** The variables `settingsSchema` reads, for the README table's test. */
export const settingNames = Object.keys(settingsSchema.shape) as (keyof typeof settingsSchema.shape)[];

/** Every setting, checked, with its default filled in. */
export interface Settings extends SiteSettings {
  /** The public address, when set. */
  site?: string;
  /** The content folder, as an absolute path. */
  contentRoot: string;
  /** The content folder and the folder of the shared collections (the same one unless a national layout splits them). */
  contentRoots: ContentRoots;
  outDir: string;
  cacheDir: string;
  /** The build's "now", Helsinki wall-clock time `YYYY-MM-DD HH:MM`. */
  now: string;
  /** The language of the content check's messages. */
  messages: Language;
  /** Whether the search index holds Finnish word forms. */
  searchWordForms: boolean;
  /** Whether `astro build` writes the search index itself, or leaves it to `scripts/search-index.mjs`. */
  searchIndexInBuild: boolean;
  /** The regions' built sites for the national build, as an absolute path. */
  regionSites?: string;
}

/**
 * The settings from `env`, checked: a value in the wrong form stops with one line per setting,
 * naming the variable, what it holds and what it should hold, in the staff's language
 * (`HYVINVOINTIPUU_MESSAGES`, Finnish unless that is itself wrong).
 */
export function readSettings(env: Record<string, string | undefined>, projectRoot: string = process.cwd()): Settings {
  const result = settingsSchema.safeParse(env);
  if (!result.success) {
    const asked = env.HYVINVOINTIPUU_MESSAGES?.trim().toLowerCase() ?? '';
    const language = isLanguage(asked) ? asked : 'fi';
    const lines = fieldProblems(settingsSchema, env, language).map(({ field, found, expected }) =>
      checkTexts[language].content.setting({ variable: field, found, expected }),
    );
    const error = new Error(lines.join('\n'));
    // Staff read this message: where in the code it was thrown would only bury it.
    error.stack = '';
    throw error;
  }
  const s = result.data;
  const codes = (s.HYVINVOINTIPUU_EDITIONS ?? editionLanguages()) as Language[];
  const folder = (path: string) => (isAbsolute(path) ? path : resolve(projectRoot, path));
  const contentRoot = folder(s.HYVINVOINTIPUU_CONTENT ?? 'content');
  return {
    ...(s.SITE_URL ? { site: s.SITE_URL } : {}),
    contentRoot,
    contentRoots: {
      own: contentRoot,
      shared: s.HYVINVOINTIPUU_SHARED_CONTENT ? folder(s.HYVINVOINTIPUU_SHARED_CONTENT) : contentRoot,
    },
    outDir: s.HYVINVOINTIPUU_OUT_DIR ?? './dist',
    cacheDir: s.HYVINVOINTIPUU_CACHE_DIR ?? './node_modules/.astro',
    editions: ['fi', ...codes.filter((code) => code !== 'fi')],
    corrections: {
      ...(s.HYVINVOINTIPUU_REPOSITORY ? { repository: s.HYVINVOINTIPUU_REPOSITORY } : {}),
      ...(s.HYVINVOINTIPUU_FORGE ? { forge: s.HYVINVOINTIPUU_FORGE } : {}),
      branch: s.HYVINVOINTIPUU_BRANCH ?? 'main',
      ...(s.HYVINVOINTIPUU_CORRECTIONS_EMAIL ? { email: s.HYVINVOINTIPUU_CORRECTIONS_EMAIL } : {}),
    },
    editor: {
      ...(s.HYVINVOINTIPUU_EDITOR_AUTH_URL ? { authUrl: s.HYVINVOINTIPUU_EDITOR_AUTH_URL } : {}),
      ...(s.HYVINVOINTIPUU_GITLAB_APP_ID ? { gitlabAppId: s.HYVINVOINTIPUU_GITLAB_APP_ID } : {}),
    },
    openDataLicence: {
      name: s.HYVINVOINTIPUU_DATA_LICENCE ?? 'CC BY 4.0',
      url: s.HYVINVOINTIPUU_DATA_LICENCE_URL ?? 'https://creativecommons.org/licenses/by/4.0/deed.fi',
    },
    now: s.HYVINVOINTIPUU_NOW ?? helsinkiNow(),
    messages: s.HYVINVOINTIPUU_MESSAGES ?? 'fi',
    searchIndexInBuild: s.HYVINVOINTIPUU_SEARCH_INDEX !== 'separate',
    ...(s.HYVINVOINTIPUU_REGION_SITES ? { regionSites: folder(s.HYVINVOINTIPUU_REGION_SITES) } : {}),
    searchWordForms: s.HYVINVOINTIPUU_SEARCH_TERMS !== 'off',
  };
}

/**
 * The settings of this build or command, read from the environment once, when first imported:
 * the only place that reads `process.env` (the other modules are given what they need).
 */
export const settings: Settings = readSettings(process.env);

/** The part of the settings that pages show. */
export function siteSettings({ editions, corrections, editor, openDataLicence }: Settings = settings): SiteSettings {
  return { editions, corrections, editor, openDataLicence };
}
