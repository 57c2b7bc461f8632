import type { z } from 'astro/zod';
import { describeIssue, fieldName, type ContentProblem } from '../friendly-errors';
import type { SourceFile } from './read-source';

/** Validates one file's data with its collection's schema; returns the parsed data or problems. */
export function validateSource(source: SourceFile, schema: z.ZodType): { data?: unknown; problems: ContentProblem[] } {
  const result = schema.safeParse(source.data);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) =>
    describeIssue(issue, source.data, schema).map(({ path, found, expected }) => ({
      file: source.displayPath,
      line: source.lineOf(path),
      field: fieldName(path) || '(frontmatter)',
      found,
      expected,
    })),
  );
  return { problems };
}
