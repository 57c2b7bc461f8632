import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { clashRules } from '../config/events';
import { checkContent } from '../lib/content-check';
import { clashReport } from '../lib/events/clash-report';
import { helsinkiNow } from '../lib/events/event-facts';
import { contentRoot } from '../lib/content-root';
import { formatProblem } from '../lib/friendly-errors';

/**
 * Fails the build on any content mistake, before Astro loads the collections, with every
 * problem listed as `file:line field: found …, expected …`. Astro's own schema check would stop
 * at the first entry and only warn about references to missing entries.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'hyvinvointipuu:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const projectRoot = fileURLToPath(config.root);
        const report = checkContent(contentRoot(projectRoot), projectRoot, fileURLToPath(config.publicDir));
        for (const warning of report.warnings) logger.warn(formatProblem(warning));
        if (report.problems.length === 0) {
          logger.info(`${report.fileCount} content files checked, no problems.`);
          // Overlapping upcoming events are for organisers to settle: a warning, not a failure.
          for (const clash of clashReport(report.entries, process.env.HYVINVOINTIPUU_NOW ?? helsinkiNow(), clashRules))
            logger.warn(clash.text);
          return;
        }
        const count = report.problems.length;
        const error = new AstroError(
          `${count} ${count === 1 ? 'problem' : 'problems'} in content:\n` +
            report.problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
          'Fix each field as the message says and build again.',
        );
        // Staff read this message: where in this check it was thrown would only bury it.
        error.stack = '';
        throw error;
      },
    },
  };
}
