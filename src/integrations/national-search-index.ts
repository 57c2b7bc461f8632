import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { settings } from '~/config/settings';
import { nationalContext } from '~/data/national';
import { addToVocabulary, extraTerms } from '~/lib/search/finnish-terms';
import { nationalSearchRecords, type NationalRecord } from '~/lib/national/national-search';
import { files } from '~/lib/urls';

/** Records sent to Pagefind at once. */
const BATCH = 256;

function failOn(errors: string[], step: string): void {
  if (errors.length) throw new AstroError(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** The Finnish records with the extra word forms the regional index gives the same pages (`finnish-terms.ts`). */
function withFinnishTerms(records: NationalRecord[]): NationalRecord[] {
  const vocabulary = new Map<string, Set<string>>();
  for (const record of records) addToVocabulary(vocabulary, record.content);
  return records.map((record) => {
    const terms = extraTerms(record.content, vocabulary);
    return terms.length ? { ...record, content: `${record.content}\n${terms.join(' ')}` } : record;
  });
}

/**
 * The national search index, one per edition (`/pagefind/`, `/sv/pagefind/`, …), built from the
 * regions' summaries rather than from pages: one record per actor, fruit, event and municipality
 * of every published region, with its regional filters, its region, and its address on the
 * regional site. One index for the whole country costs a single copy of Pagefind's code and
 * WebAssembly, where merging the regions' own indexes would load them once per region
 * (`docs/national.md` has both measured).
 */
export function nationalSearchIndex(): AstroIntegration {
  return {
    name: 'hyvinvointipuu:national-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        try {
          for (const lang of settings.editions) {
            const started = performance.now();
            const records = nationalSearchRecords(nationalContext(lang));
            const ready = lang === 'fi' && settings.searchWordForms ? withFinnishTerms(records) : records;
            const outputPath = join(root, files.searchIndex(lang));
            rmSync(outputPath, { recursive: true, force: true });
            const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
            failOn(errors, 'start');
            for (let start = 0; start < ready.length; start += BATCH) {
              const batch = ready.slice(start, start + BATCH);
              const responses = await Promise.all(batch.map((record) => index!.addCustomRecord(record)));
              responses.forEach((response, i) => failOn(response.errors, `index ${batch[i]!.url}`));
            }
            failOn((await index!.writeFiles({ outputPath })).errors, 'write the index');
            await index!.deleteIndex();
            logger.info(`Indexed ${ready.length} records for ${lang} in ${Math.round(performance.now() - started)} ms.`);
          }
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
