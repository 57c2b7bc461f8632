/** The code forges whose pull requests and issues the site and its editor work with. */
export type ForgeKind = 'github' | 'gitlab';

/** A repository on a forge, as the site's settings name it. */
export interface ForgeRepository {
  kind: ForgeKind;
  /** The forge's address, e.g. `https://github.com` or a municipality's own GitLab. */
  origin: string;
  /** `owner/name`, or a GitLab group path such as `kunta/verkko/hyvinvointipuu`. */
  path: string;
  /** The repository's web address, without a trailing slash. */
  url: string;
}

/**
 * Reads a repository address such as `https://github.com/kunta/hyvinvointipuu`. The forge is
 * taken from `kind` when given (a self-hosted GitLab has its own host name), otherwise from the
 * host: `github.com` is GitHub and every other host is taken for GitLab. Returns undefined for
 * an address that is not an https (or http) URL with a repository path.
 */
export function parseRepository(address: string | undefined, kind?: string): ForgeRepository | undefined {
  if (!address) return undefined;
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const path = url.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(path)) return undefined;
  const forge: ForgeKind = kind === 'github' || kind === 'gitlab' ? kind : url.host === 'github.com' ? 'github' : 'gitlab';
  return { kind: forge, origin: url.origin, path, url: `${url.origin}/${path}` };
}

/** The forge's "new issue" page with the title and text filled in. */
export function newIssueUrl(repository: ForgeRepository, title: string, body: string): string {
  if (repository.kind === 'github') {
    return `${repository.url}/issues/new?${new URLSearchParams({ title, body })}`;
  }
  return `${repository.url}/-/issues/new?${new URLSearchParams({ 'issue[title]': title, 'issue[description]': body })}`;
}

/** The forge's page that shows one file on a branch, e.g. a guide in `docs/`. */
export function fileViewUrl(repository: ForgeRepository, branch: string, file: string): string {
  return repository.kind === 'github' ? `${repository.url}/blob/${branch}/${file}` : `${repository.url}/-/blob/${branch}/${file}`;
}
