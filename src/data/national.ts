import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { settings } from '~/config/settings';
import type { Language } from '~/i18n/languages';
import { createTranslator } from '~/lib/i18n';
import type { JsonDataset } from '~/lib/exports/json-schemas';
import type { RegionDocument } from '~/lib/national/merged-exports';
import { assembleNation, type ExpectedRegion, type SummaryFile } from '~/lib/national/nation';
import type { NationalContext } from '~/lib/national/national-pages';
import { files } from '~/lib/urls';
import type { LocalizedText } from '~/schemas/localized-text';

// The national build's one reader of files, as `site-content.ts` is the regional build's: it
// hands `src/lib/national/` plain data. It reads the national layout's folder names and its
// municipality files' `region` (the regions expected, and their names), and the regions' built
// sites (`HYVINVOINTIPUU_REGION_SITES`): their summaries, open-data files and the build report.

function regionSites(): string {
  if (!settings.regionSites) throw new Error('HYVINVOINTIPUU_REGION_SITES is not set: npm run build:national sets it.');
  return settings.regionSites;
}

/** Every folder of `alueet/`, with the region name and code its first readable municipality file gives. */
function readExpectedRegions(): ExpectedRegion[] {
  const layout = join(settings.contentRoot, 'alueet');
  return readdirSync(layout, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((id) => {
      const folder = join(layout, id, 'municipalities');
      for (const file of existsSync(folder) ? readdirSync(folder).sort() : []) {
        try {
          const region = parse(readFileSync(join(folder, file), 'utf8'))?.region;
          // A text in Finnish only may be written as a plain string, as the schema allows.
          const name: unknown = typeof region?.name === 'string' ? { fi: region.name } : region?.name;
          if (isLocalizedText(name)) return { id, name, code: String(region.code ?? '') };
        } catch {
          // The region's own content check names a file it cannot read.
        }
      }
      return { id };
    });
}

/** The regions `build:regions` reported as failed (`alueet.json`), when it wrote a report. */
function readFailedRegions(): Set<string> {
  const report = join(regionSites(), 'alueet.json');
  if (!existsSync(report)) return new Set();
  const regions = (JSON.parse(readFileSync(report, 'utf8')) as { regions?: { region: string; ok: boolean }[] }).regions ?? [];
  return new Set(regions.filter((region) => !region.ok).map((region) => region.region));
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && typeof (value as { fi?: unknown }).fi === 'string';
}

function readJson(file: string): SummaryFile {
  if (!existsSync(file)) return { found: false };
  try {
    return { found: true, json: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    return { found: true, json: String(error) };
  }
}

let expected: ExpectedRegion[] | undefined;
let failed: Set<string> | undefined;
const contexts = new Map<Language, NationalContext>();

/** The national site in one edition: every expected region with its summary, or why it is missing. */
export function nationalContext(lang: Language): NationalContext {
  expected ??= readExpectedRegions();
  failed ??= readFailedRegions();
  if (!contexts.has(lang)) {
    const summaryOf = (id: string) => readJson(join(regionSites(), id, files.regionSummary(lang)));
    contexts.set(lang, { lang, t: createTranslator(lang), regions: assembleNation(expected, lang, summaryOf, failed) });
  }
  return contexts.get(lang)!;
}

/** One open-data file of every published region, in the regions' order. */
export function regionDocuments(dataset: JsonDataset): RegionDocument[] {
  return nationalContext('fi').regions.flatMap((region) => {
    if (!region.published) return [];
    const file = readJson(join(regionSites(), region.id, files.openData(`${dataset}.json`)));
    return file.found ? [{ region: region.id, document: file.json }] : [];
  });
}
