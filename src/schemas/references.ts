import { z } from 'astro/zod';
import { expects } from './messages';

/**
 * A reference to another entry by its id: the file name without `.md`, lower case, e.g.
 * `urheilu-ja-ulkoilu`; actors are referred to with their municipality folder in front, e.g.
 * `vimpeli/spr-vimpelin-osasto`. Whether the entry exists is checked across the whole content
 * by `src/lib/content-check/integrity.ts`, because Astro only warns about missing references.
 */
export function referenceSchema(example: string) {
  return z
    .string(expects('id', { example }))
    .trim()
    .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, expects('idFormat', { example }));
}

export const municipalityRefSchema = referenceSchema('alajarvi');
export const branchRefSchema = referenceSchema('urheilu-ja-ulkoilu');
export const actorRefSchema = referenceSchema('vimpeli/spr-vimpelin-osasto');
