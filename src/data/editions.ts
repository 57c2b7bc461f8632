import { settings } from '~/config/settings';
import type { Language } from '~/i18n/languages';

interface StaticPath {
  params: Record<string, string | undefined>;
  props?: Record<string, unknown>;
}

/**
 * Static paths for a page in every edition: the `[...lang]` folder of `src/pages/` is empty
 * for Finnish (the site root) and the language code (`sv`, `en`, …) for the others.
 */
export function inEveryEdition<P extends StaticPath>(paths: P[]): (P & { params: P['params'] & { lang: string | undefined } })[] {
  return settings.editions.flatMap((lang) =>
    paths.map((path) => ({ ...path, params: { ...path.params, lang: lang === 'fi' ? undefined : lang } })),
  );
}

/** The edition of a page from its `lang` route parameter. */
export function editionOf(param: string | undefined): Language {
  return (param ?? 'fi') as Language;
}
