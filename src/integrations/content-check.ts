import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { clashRules } from '~/config/events';
import { checkContent } from '../lib/content-check';
import { clashReport } from '../lib/events/clash-report';
import { settings } from '~/config/settings';
import { checkTexts } from '../i18n/checks';
import { formatProblem, formatProblems } from '../lib/friendly-errors';

/**
 * Fails the build on any content mistake, before Astro loads the collections, with every
 * problem listed as `file:line field: löytyi …, odotettiin …` (in English with
 * `HYVINVOINTIPUU_MESSAGES=en`). Astro's own schema check would stop at the first entry and only
 * warn about references to missing entries.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'hyvinvointipuu:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const projectRoot = fileURLToPath(config.root);
        const { contentRoots, messages: language, now } = settings;
        const texts = checkTexts[language].content;
        const report = checkContent(contentRoots, projectRoot, fileURLToPath(config.publicDir), language);
        for (const warning of report.warnings) logger.warn(formatProblem(warning, language));
        if (report.problems.length === 0) {
          logger.info(texts.checkedNoProblems({ files: report.fileCount }));
          // Overlapping upcoming events are for organisers to settle: a warning, not a failure.
          for (const clash of clashReport(report.entries, now, clashRules, language)) logger.warn(clash.text);
          return;
        }
        const error = new AstroError(formatProblems(report.problems, language), texts.hint);
        // Staff read this message: where in this check it was thrown would only bury it.
        error.stack = '';
        throw error;
      },
    },
  };
}
