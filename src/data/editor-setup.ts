import { settings } from '~/config/settings';
import { collectionSpecs } from '../schemas/collections';
import { editorCollectionSpecs, editorSetup as buildEditorSetup } from '../lib/editor/editor-config';
import { enumLabel } from '../lib/enum-labels';
import { parseRepository } from '../lib/forge';

const specs = editorCollectionSpecs(collectionSpecs);

/** The editor set-up of this build, from the schemas and the site's settings. */
export function editorSetup() {
  return buildEditorSetup(specs, (values, value) => enumLabel(values, value), {
    repository: parseRepository(settings.corrections.repository, settings.corrections.forge),
    branch: settings.corrections.branch,
    authUrl: settings.editor.authUrl,
    gitlabAppId: settings.editor.gitlabAppId,
    siteUrl: import.meta.env.SITE,
  });
}
