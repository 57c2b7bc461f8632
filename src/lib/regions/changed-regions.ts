/**
 * Which regions of a national layout a change must rebuild, from the paths it changed (as
 * `git diff --name-only` lists them): a file under `alueet/<alue>/` rebuilds that region only;
 * a shared collection (`yhteiset/`), the code, the styles or the dependencies rebuild every
 * region; anything else (documentation, tests, CI of other jobs) none.
 */
export function regionsToRebuild(changedPaths: readonly string[], regions: readonly string[]): string[] {
  const affected = new Set<string>();
  for (const path of changedPaths) {
    const region = /^alueet\/([^/]+)\//.exec(path)?.[1];
    if (region !== undefined) {
      if (regions.includes(region)) affected.add(region);
      continue;
    }
    if (AFFECTS_EVERY_REGION.some((pattern) => pattern.test(path))) return [...regions];
  }
  return regions.filter((region) => affected.has(region));
}

/** What every regional site is built from besides its own content. */
const AFFECTS_EVERY_REGION = [
  /^yhteiset\//,
  /^src\//,
  /^public\//,
  /^astro\.config\.mjs$/,
  /^package(-lock)?\.json$/,
  /^tsconfig\.json$/,
];
