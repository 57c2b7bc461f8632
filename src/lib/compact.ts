/**
 * The object without its fields whose value is `undefined`, so that an optional fact left out
 * leaves no key behind: no `null` in the JSON and HSDS exports, no empty field in a submission's
 * YAML. Only the top level is compacted; `null`, `''`, `0`, `false` and `[]` stay.
 */
export function compact<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}
