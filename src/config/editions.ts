import { languages, type Language } from '../schemas/localized-text';

/**
 * The language editions the build writes: Finnish at the site root, the others under their
 * own prefix (`/sv/`, `/en/`). A deployment may build fewer, e.g.
 * `HYVINVOINTIPUU_EDITIONS=fi`; Finnish is always built, as every text falls back to it.
 */
export const editions: Language[] = [
  'fi',
  ...(process.env.HYVINVOINTIPUU_EDITIONS?.split(',').map((code) => code.trim()) ?? [...languages]).filter(
    (code): code is Language => code !== 'fi' && (languages as readonly string[]).includes(code),
  ),
];
