import { checkTexts } from '~/i18n/checks';
import type { ContentProblem, MessageLanguage } from '../friendly-errors';
import { groupBy } from '../group-by';

/** A municipality's file in a national layout: which region's folder holds it and the region code it gives. */
export interface MunicipalityFile {
  /** The region's folder name, e.g. `etela-pohjanmaa`. */
  region: string;
  /** The municipality id, from the file name. */
  id: string;
  /** `region.code` of the file ("14"), when it could be read. */
  regionCode: string | undefined;
  /** The file as staff see it, e.g. `alueet/etela-pohjanmaa/municipalities/vimpeli.yaml`. */
  file: string;
  /** The line of `region` in the file. */
  line: number;
}

/**
 * What no single region's build can see: a municipality in two regions' folders, a
 * municipality whose region code differs from the rest of its folder's (the code most of the
 * folder's municipalities give is the folder's), and two folders of one region code.
 */
export function layoutProblems(files: readonly MunicipalityFile[], language: MessageLanguage = 'fi'): ContentProblem[] {
  const texts = checkTexts[language].content;
  const problems: ContentProblem[] = [];
  const byId = groupBy(files, (file) => [file.id]);
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((other) => other !== file).map((other) => other.region);
      problems.push({
        file: file.file,
        line: 1,
        field: texts.fields.file,
        found: texts.municipalityInTwoRegions({ regions: others.join(', ') }),
        expected: texts.municipalityOnce,
      });
    }
  }
  const folderCodes = new Map<string, string>();
  for (const [region, group] of groupBy(files, (file) => [file.region])) {
    const code = mostCommon(group.map((file) => file.regionCode).filter((value): value is string => value !== undefined));
    if (code === undefined) continue;
    folderCodes.set(region, code);
    for (const file of group) {
      if (file.regionCode === undefined || file.regionCode === code) continue;
      problems.push({
        file: file.file,
        line: file.line,
        field: 'region.code',
        found: texts.regionCodeOfFolder({ code: file.regionCode }),
        expected: texts.regionCodeExpected({ code, region }),
      });
    }
  }
  for (const [code, regions] of groupBy([...folderCodes], ([, value]) => [value])) {
    if (regions.length < 2) continue;
    const folders = regions.map(([region]) => `alueet/${region}/`).join(', ');
    for (const [region] of regions) {
      problems.push({
        file: `alueet/${region}/municipalities`,
        line: 1,
        field: 'region.code',
        found: texts.regionInTwoFolders({ folders }),
        expected: `${texts.regionOnce} (${code})`,
      });
    }
  }
  return problems;
}

/** The value given most often (the first of equally common ones). */
function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
