import type { Language } from '../schemas/localized-text';
import type { Translate } from './i18n';
import type { SiteIndex } from './site-index';

/**
 * What every view model, export and feed is built from: the edition being built, its words,
 * the indexed content and the build's "now". The pages make it once per edition
 * (`pageContext` in `src/data/site-content.ts`); everything below them receives it.
 */
export interface PageContext {
  lang: Language;
  t: Translate;
  index: SiteIndex;
  /** The build's Helsinki wall-clock time, `YYYY-MM-DD HH:MM`: what is upcoming and what is past. */
  now: string;
}
