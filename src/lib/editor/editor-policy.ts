import type { ForgeRepository } from '../forge';

/**
 * The content security policy of the editor page, which is looser than the public site's: the
 * editor (Sveltia CMS) adds its styles at run time, talks to the forge's API, shows images of any
 * https address that an entry links to, and decodes images in WebAssembly workers. Scripts
 * still come only from the site itself.
 */
export function editorContentSecurityPolicy(repository: ForgeRepository | undefined, authUrl: string | undefined): string {
  const forges = new Set(['https://api.github.com', 'https://gitlab.com']);
  if (repository) forges.add(repository.origin);
  if (authUrl) forges.add(new URL(authUrl).origin);
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "media-src 'self' blob: https:",
    `connect-src 'self' blob: data: ${[...forges].join(' ')}`,
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
