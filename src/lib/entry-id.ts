import { slug } from 'github-slugger';

/**
 * The id of a content entry from its path inside its collection folder, e.g.
 * `Vimpeli/SPR Vimpeli.md` → `vimpeli/spr-vimpeli`. The Astro loaders and the content check
 * both use this function, so the ids they see are the same; two files whose ids collide are
 * reported by the check rather than silently overwriting each other.
 */
export function entryIdFromPath(relativePath: string): string {
  const withoutExtension = relativePath.replace(/\.[^./\\]+$/, '');
  return withoutExtension
    .split(/[/\\]/)
    .map((segment) => slug(segment))
    .join('/');
}

/** The municipality folder an entry id starts with (`vimpeli/spr` → `vimpeli`). */
export function municipalityOfId(id: string): string {
  return id.split('/')[0]!;
}

/** The entry's own part of a nested id (`vimpeli/spr` → `spr`). */
export function slugOfId(id: string): string {
  return id.split('/').at(-1)!;
}
