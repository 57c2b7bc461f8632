/**
 * The response headers of `src/config/security.ts` in the formats static hosts read: a
 * `_headers` file (Netlify, Cloudflare Pages) written into every build, and an nginx snippet
 * printed in `docs/hosting.md`.
 */

export interface HostHeaders {
  /** Headers for every file. */
  all: Record<string, string>;
  /** `Content-Type` by file extension (`.ics` → `text/calendar; charset=utf-8`). */
  contentTypes: Record<string, string>;
  /** Folders whose files get other headers instead of `all`, e.g. the editor's `/hallinta/`. */
  folders?: Record<string, Record<string, string>>;
}

/**
 * A `_headers` file: a path pattern, then its headers indented by two spaces. Every matching
 * block applies, so a folder with a header of its own first detaches the one of `/*`
 * (`! Content-Security-Policy`, as Cloudflare Pages reads it) and then sets its own.
 */
export function headersFile({ all, contentTypes, folders = {} }: HostHeaders): string {
  const block = (pattern: string, headers: Record<string, string>, detach: string[] = []) =>
    [
      pattern,
      ...detach.map((name) => `  ! ${name}`),
      ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    ].join('\n');
  const changed = (headers: Record<string, string>) =>
    Object.fromEntries(Object.entries(headers).filter(([name, value]) => all[name] !== value));
  return (
    [
      block('/*', all),
      ...Object.entries(folders).map(([folder, headers]) => {
        const own = changed(headers);
        return block(
          `${folder}*`,
          own,
          Object.keys(own).filter((name) => name in all),
        );
      }),
      ...Object.entries(contentTypes).map(([extension, type]) => block(`/*${extension}`, { 'Content-Type': type })),
    ].join('\n') + '\n'
  );
}

/**
 * nginx: the headers as a snippet file, included in the site's `server` block and again in the
 * one `location` that sets the content types (nginx drops inherited `add_header`s there).
 */
export function nginxSnippet({ all, contentTypes, folders = {} }: HostHeaders): string {
  const extensions = Object.keys(contentTypes).map((extension) => extension.slice(1));
  const mimeTypes = Object.entries(contentTypes).map(([extension, type]) => `${type.split(';')[0]} ${extension.slice(1)};`);
  return [
    '# /etc/nginx/snippets/hyvinvointipuu-headers.conf',
    ...Object.entries(all).map(([name, value]) => `add_header ${name} "${value}" always;`),
    '',
    '# In the server block that serves the built site:',
    'include snippets/hyvinvointipuu-headers.conf;',
    `location ~* \\.(${extensions.join('|')})$ {`,
    '    include snippets/hyvinvointipuu-headers.conf;',
    `    types { ${mimeTypes.join(' ')} }`,
    '    charset utf-8;',
    `    charset_types ${mimeTypes.map((type) => type.split(' ')[0]).join(' ')};`,
    '}',
    ...Object.entries(folders).flatMap(([folder, headers]) => [
      `location ^~ ${folder} {`,
      ...Object.entries(headers).map(([name, value]) => `    add_header ${name} "${value}" always;`),
      '}',
    ]),
  ].join('\n');
}
