import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Problems of an editor configuration against the JSON Schema that ships with Sveltia CMS
 * (`@sveltia/cms/schema/sveltia-cms.json`), one line each: `/collections/0/fields/2: …`.
 */
export function editorConfigProblems(config: unknown, schema: object): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  if (validate(config)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message}`);
}
