import { languages, type Language } from '../schemas/localized-text';

/**
 * The language editions the build writes: Finnish at the site root, the others under their
 * own prefix (`/sv/`, `/en/`). A deployment may build fewer, e.g.
 * `HYVINVOINTIPUU_EDITIONS=fi`; Finnish is always built, as every text falls back to it.
 */
function editionsFrom(setting: string | undefined): Language[] {
  const codes = setting === undefined ? [...languages] : setting.split(',').map((code) => code.trim());
  const unknown = codes.filter((code) => !(languages as readonly string[]).includes(code));
  if (unknown.length) {
    throw new Error(
      `HYVINVOINTIPUU_EDITIONS: found "${unknown.join(', ')}", expected language codes separated by commas from ${languages.join(', ')}, such as fi,sv`,
    );
  }
  return ['fi', ...(codes as Language[]).filter((code) => code !== 'fi')];
}

export const editions: Language[] = editionsFrom(process.env.HYVINVOINTIPUU_EDITIONS);
