import { corrections, editor } from '../config/site';
import { collectionSpecs } from '../schemas/collections';
import { editorCollectionSpecs, editorSetup as buildEditorSetup } from '../lib/editor/editor-config';
import { enumLabel } from '../lib/enum-labels';
import { parseRepository } from '../lib/forge';

const specs = editorCollectionSpecs(collectionSpecs);

/** The editor set-up of this build, from the schemas and the site's settings. */
export function editorSetup() {
  return buildEditorSetup(specs, (values, value) => enumLabel(values, value), {
    repository: parseRepository(corrections.repository, corrections.forge),
    branch: corrections.branch,
    authUrl: editor.authUrl,
    gitlabAppId: editor.gitlabAppId,
    siteUrl: import.meta.env.SITE,
  });
}
