import type { CorrectionSettings } from './corrections';
import type { Language } from '~/i18n/languages';

/** The browser editor's sign-in (see docs/hosting.md, "The browser editor"). */
export interface EditorSignIn {
  /** Address of the OAuth helper for GitHub, e.g. `https://kirjautuminen.kunta.fi`. */
  authUrl?: string;
  /** The application id of a GitLab OAuth application (scope `api`). */
  gitlabAppId?: string;
}

/** The terms the open data is published under. */
export interface LicenceSettings {
  /** The licence's short name, shown on the open-data page and written into each export. */
  name: string;
  /** Where the licence text is. */
  url: string;
}

/**
 * The settings that pages, view models and exports are given (through `PageContext`), read and
 * checked once by `src/config/settings.ts`: nothing in `src/lib/` reads the environment.
 */
export interface SiteSettings {
  /** The editions built, Finnish first. */
  editions: Language[];
  /** Where content is edited and corrections go. */
  corrections: CorrectionSettings;
  /** How staff sign in to the browser editor. */
  editor: EditorSignIn;
  /** The terms the open data is published under. */
  openDataLicence: LicenceSettings;
}
