import { actorKinds, actorStatuses } from '../schemas/actor';
import { channelKinds, channelTexts } from '../schemas/channel';
import { phoneTypes } from '../schemas/contact';
import { audiences, eventKinds, eventStatuses } from '../schemas/event';
import { fruitKinds } from '../schemas/fruit';
import { municipalityStatuses } from '../schemas/municipality';
import { languages, type Language } from '~/i18n/languages';
import { dictionaries, type UiKey } from './i18n';
import { closest } from './suggest';

/** An enumeration of the schemas with the dictionary key of each value's label. */
interface LabelledEnum {
  values: readonly string[];
  label: (value: string) => UiKey;
}

/** The label key's type is checked against `fi.json`, so a value without a label does not compile. */
function labelled<const V extends string>(values: readonly V[], label: (value: V) => UiKey): LabelledEnum {
  return { values, label: label as (value: string) => UiKey };
}

/**
 * Every enumeration staff write by hand. The stored values stay English (an editor generated
 * from the schemas shows plain enums); messages show each with its label, and a label written
 * instead of its value (`kind: yhdistys`) is answered with the value.
 */
const labelledEnums: LabelledEnum[] = [
  labelled(actorKinds, (value) => `actorKind.${value}`),
  labelled(actorStatuses, (value) => `actor.status.${value}`),
  labelled(eventKinds, (value) => `eventKind.${value}`),
  labelled(eventStatuses, (value) => `event.status.${value}`),
  labelled(audiences, (value) => `audience.${value}`),
  labelled(fruitKinds, (value) => `fruitKind.${value}`),
  labelled(channelKinds, (value) => `channelKind.${value}`),
  labelled(channelTexts, (value) => `channelText.${value}`),
  labelled(municipalityStatuses, (value) => `municipality.status.${value}`),
  labelled(phoneTypes, (value) => `phoneType.${value}`),
];

/** The enumeration with exactly these values (zod's `invalid_value` issue names them, not the schema). */
function enumOf(values: readonly unknown[]): LabelledEnum | undefined {
  const key = values.map(String).sort().join('|');
  return labelledEnums.find((candidate) => [...candidate.values].sort().join('|') === key);
}

/** The dictionary keys of every label, for a test that each language has them. */
export const enumLabelKeys: UiKey[] = labelledEnums.flatMap(({ values, label }) => values.map(label));

/** The label of one value of an enumeration (`association` → `yhdistys`), for the editor's selects. */
export function enumLabel(values: readonly (string | number)[], value: string | number, language: Language = 'fi') {
  const known = enumOf(values);
  return known ? dictionaries[language][known.label(String(value))] : undefined;
}

/** The allowed values as `association (yhdistys)`, and the one meant by `written`, if any. */
export function enumChoice(
  values: readonly unknown[],
  written: unknown,
  language: Language,
): { list: string[]; guess: string | undefined } {
  const known = enumOf(values);
  const shown = (value: string) => {
    const label = known && dictionaries[language][known.label(value)];
    // English labels often only repeat the value: `club (club)` says nothing more.
    return label && label.toLowerCase() !== value.replaceAll('-', ' ') ? `${value} (${label})` : value;
  };
  const list = values.map(String).map(shown);
  if (typeof written !== 'string' || !written.trim()) return { list, guess: undefined };
  const guess = guessValue(written.trim().toLowerCase(), values.map(String), known);
  return { list, guess: guess === undefined ? undefined : shown(guess) };
}

/** A value or label in any language, case-insensitively; else the closest one (a typo). */
function guessValue(written: string, values: string[], known: LabelledEnum | undefined): string | undefined {
  const names = new Map<string, string>();
  for (const value of values) {
    names.set(value.toLowerCase(), value);
    if (known) for (const language of languages) names.set(dictionaries[language][known.label(value)]!.toLowerCase(), value);
  }
  const exact = names.get(written);
  if (exact !== undefined) return exact;
  const near = closest(written, names.keys());
  if (near !== undefined) return names.get(near);
  // A Finnish compound ends in its head word: `urheiluseura` is a `seura`.
  const head = [...names.keys()]
    .filter((name) => name.length >= 4 && written.endsWith(name))
    .sort((a, b) => b.length - a.length)[0];
  return head === undefined ? undefined : names.get(head);
}
