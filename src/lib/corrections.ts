import { fileEditUrl, newIssueUrl, parseRepository } from './forge';
import type { Language } from '../schemas/localized-text';
import { urls } from './urls';

/** Where a reader can suggest a correction to an entry, in the order the page offers them. */
export interface CorrectionLink {
  /**
   * `editor`: the entry in the browser editor (staff); `form`: the public correction form;
   * `edit` and `issue`: the forge's own file editor and a new issue; `email`; `municipality`.
   */
  kind: 'editor' | 'form' | 'edit' | 'issue' | 'email' | 'municipality';
  /** Who the link is for: staff who sign in, or every reader. */
  audience: 'staff' | 'everyone';
  href: string;
}

export interface CorrectionSettings {
  repository?: string | undefined;
  /** `github` or `gitlab`; read from the address when left out. */
  forge?: string | undefined;
  branch: string;
  email?: string | undefined;
  /**
   * Whether the browser editor at `/hallinta/` works with the repository; it does whenever a
   * repository is configured, so this is left out except to ask for the forge's own links.
   */
  editor?: boolean | undefined;
}

/** An entry of a collection that a page shows, with what the box needs to name it. */
export interface CorrectedEntry {
  /** `actors`, `fruits` or `events`: the editor's and the form's collection name. */
  collection: string;
  /** The entry's id, e.g. `vimpeli/spr-vimpelin-osasto`. */
  id: string;
  /** The entry's file in the repository, e.g. `content/actors/vimpeli/spr-vimpelin-osasto.md`. */
  file: string;
  title: string;
  pageUrl: string;
  municipalityWebsite: string;
  /** The page's edition: the correction form opens in the same language. */
  lang: Language;
}

/**
 * The links of an entry's "suggest a correction" box. Staff get the entry in the browser editor
 * when a repository is configured; every reader gets the public correction form, opened on the
 * entry. After those come the forge's new-issue page (when a repository is configured) and an
 * email with the entry named (when an address is). Without the editor the forge's own file
 * editor stands in for it, and with neither a repository nor an email address the
 * municipality's website is the last resort, as before the form existed.
 */
export function correctionLinks(settings: CorrectionSettings, entry: CorrectedEntry): CorrectionLink[] {
  const repository = parseRepository(settings.repository, settings.forge);
  const withEditor = Boolean(repository) && settings.editor !== false;
  const target = `${entry.collection}/${entry.id}`;
  const subject = `Korjaus: ${entry.title}`;
  const links: CorrectionLink[] = [];
  if (repository && withEditor) links.push({ kind: 'editor', audience: 'staff', href: urls.editor(target) });
  links.push({ kind: 'form', audience: 'everyone', href: urls.submitCorrection(entry.lang, target) });
  if (repository) {
    if (!withEditor) links.push({ kind: 'edit', audience: 'staff', href: fileEditUrl(repository, settings.branch, entry.file) });
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
