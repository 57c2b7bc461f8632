import type { z } from 'astro/zod';
import { checkTexts } from '~/i18n/checks';
import { describeIssue, fieldName, type ContentProblem, type MessageLanguage } from '../friendly-errors';
import type { SourceFile } from './read-source';

/**
 * Validates one file's data with its collection's schema; returns the parsed data or problems.
 * Fields that broken YAML already explains (`source.brokenFields`) are not reported again.
 */
export function validateSource(
  source: SourceFile,
  schema: z.ZodType,
  language: MessageLanguage = 'fi',
): { data?: unknown; problems: ContentProblem[] } {
  const result = schema.safeParse(source.data);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues
    .flatMap((issue) => describeIssue(issue, source.data, schema, language))
    .filter(({ path }) => !source.brokenFields.some((broken) => isWithin(path, broken)))
    .map(({ path, found, expected }) => ({
      file: source.displayPath,
      line: source.lineOf(path),
      field: fieldName(path) || checkTexts[language].content.fields.frontmatter,
      found,
      expected,
    }));
  return { problems };
}

/** Whether `path` is `field` or inside it. */
function isWithin(path: readonly (string | number)[], field: readonly (string | number)[]): boolean {
  return field.length > 0 && field.every((part, i) => path[i] === part);
}
