import { newIssueUrl, parseRepository } from './forge';
import type { Language } from '~/i18n/languages';
import { urls } from './urls';

/** Where a reader can suggest a correction to an entry, in the order the page offers them. */
export interface CorrectionLink {
  /**
   * `editor`: the entry in the browser editor (staff); `form`: the public correction form;
   * `issue`: a new issue on the forge; `email`; `municipality`.
   */
  kind: 'editor' | 'form' | 'issue' | 'email' | 'municipality';
  /** Who the link is for: staff who sign in, or every reader. */
  audience: 'staff' | 'everyone';
  href: string;
}

export interface CorrectionSettings {
  /** The repository's address, e.g. `https://github.com/kunta/hyvinvointipuu`. */
  repository?: string | undefined;
  /** `github` or `gitlab`; read from the address when left out (github.com is GitHub, other hosts GitLab). */
  forge?: 'github' | 'gitlab' | undefined;
  /** The branch that the editor opens and that pull requests go to. */
  branch: string;
  /** An address for corrections by email. */
  email?: string | undefined;
}

/** An entry of a collection that a page shows, with what the box needs to name it. */
export interface CorrectedEntry {
  /** `actors`, `fruits` or `events`: the editor's and the form's collection name. */
  collection: string;
  /** The entry's id, e.g. `vimpeli/spr-vimpelin-osasto`. */
  id: string;
  title: string;
  pageUrl: string;
  municipalityWebsite: string;
  /** The page's edition: the correction form opens in the same language. */
  lang: Language;
}

/**
 * The links of an entry's "suggest a correction" box. Staff get the entry in the browser editor
 * when a repository is configured (the editor signs in to it); every reader gets the public
 * correction form, opened on the entry. After those come the forge's new-issue page (when a
 * repository is configured) and an email with the entry named (when an address is); with
 * neither, the municipality's website.
 */
export function correctionLinks(settings: CorrectionSettings, entry: CorrectedEntry): CorrectionLink[] {
  const repository = parseRepository(settings.repository, settings.forge);
  const target = `${entry.collection}/${entry.id}`;
  const subject = `Korjaus: ${entry.title}`;
  const links: CorrectionLink[] = [];
  if (repository) links.push({ kind: 'editor', audience: 'staff', href: urls.editor(target) });
  links.push({ kind: 'form', audience: 'everyone', href: urls.submitCorrection(entry.lang, target) });
  if (repository) {
    links.push({ kind: 'issue', audience: 'everyone', href: newIssueUrl(repository, subject, `${entry.pageUrl}\n\n`) });
  }
  if (settings.email) {
    const query = new URLSearchParams({ subject, body: entry.pageUrl });
    links.push({
      kind: 'email',
      audience: 'everyone',
      href: `mailto:${settings.email}?${query.toString().replace(/\+/g, '%20')}`,
    });
  }
  if (!repository && !settings.email) {
    links.push({ kind: 'municipality', audience: 'everyone', href: entry.municipalityWebsite });
  }
  return links;
}
