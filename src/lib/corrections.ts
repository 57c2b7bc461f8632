/** Where a reader can suggest a correction to an entry, in the order the page offers them. */
export interface CorrectionLink {
  kind: 'edit' | 'issue' | 'email' | 'municipality';
  href: string;
}

export interface CorrectionSettings {
  repository?: string | undefined;
  branch: string;
  email?: string | undefined;
}

/**
 * The links of an entry's "suggest a correction" box: the forge's editor for its file and a new
 * issue about it when a repository is configured, an email with the entry named when an address
 * is, and otherwise the municipality's website.
 */
export function correctionLinks(
  settings: CorrectionSettings,
  entry: { file: string; title: string; pageUrl: string; municipalityWebsite: string },
): CorrectionLink[] {
  const links: CorrectionLink[] = [];
  if (settings.repository) {
    const repository = settings.repository.replace(/\/$/, '');
    links.push({ kind: 'edit', href: `${repository}/edit/${settings.branch}/${entry.file}` });
    const query = new URLSearchParams({ title: `Korjaus: ${entry.title}`, body: `${entry.pageUrl}\n\n` });
    links.push({ kind: 'issue', href: `${repository}/issues/new?${query}` });
  }
  if (settings.email) {
    const query = new URLSearchParams({ subject: `Korjaus: ${entry.title}`, body: entry.pageUrl });
    links.push({ kind: 'email', href: `mailto:${settings.email}?${query.toString().replace(/\+/g, '%20')}` });
  }
  if (links.length === 0) links.push({ kind: 'municipality', href: entry.municipalityWebsite });
  return links;
}
