import type { Language } from '~/i18n/languages';
import type { Translate } from './i18n';
import type { SiteIndex } from './site-index';
import type { SiteSettings } from './site-settings';

/**
 * What every view model, export and feed is built from: the edition being built, its words,
 * the indexed content, the build's "now" and the deployment's settings. The pages make it once per edition
 * (`pageContext` in `src/data/site-content.ts`); everything below them receives it.
 */
export interface PageContext {
  lang: Language;
  t: Translate;
  index: SiteIndex;
  /** The build's Helsinki wall-clock time, `YYYY-MM-DD HH:MM`: what is upcoming and what is past. */
  now: string;
  /** The deployment's settings (editions, corrections, editor sign-in, licence), read once by `src/config/settings.ts`. */
  settings: SiteSettings;
}
