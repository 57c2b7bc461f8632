/**
 * Extra index terms for Finnish, derived at build time from the site's own words. Pagefind's
 * Finnish stemmer handles most case endings, but readers are let down in two ways:
 *
 * - plurals of *-inen* words: "aamiaiset" does not find "aamiainen" (nor the other way round),
 *   because the stems differ (aamiai- / aamiais-);
 * - parts of compound words: "aamiainen" does not find "kumppanuusaamiainen", and
 *   "vapaaehtoinen" does not find "vapaaehtoistoiminta".
 *
 * For every indexed page this module returns the missing forms: the singular and plural of each
 * *-inen* word on the page and, for a long word that ends in another word of the site's
 * vocabulary (a compound), the base forms of its parts. Every added form belongs to a word the
 * page itself uses, so a search cannot start matching pages that do not speak of it.
 */

/** Case endings stripped to compare word forms, longest first. */
// prettier-ignore
const ENDINGS = [
  'isessa', 'isessä', 'isesta', 'isestä', 'iselle', 'isella', 'isellä',
  'istensa', 'isten', 'isiin', 'isille', 'isilla', 'isillä', 'isissa', 'isissä',
  'iset', 'isen', 'isia', 'isiä', 'inen',
  'essa', 'essä', 'esta', 'estä', 'elle', 'ella', 'ellä',
  'ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'lle', 'ksi', 'ten', 'den', 'jen',
  'en', 'et', 'in', 'na', 'nä', 'n', 't', 'a', 'ä',
];

const MIN_KEY = 4;
const MIN_COMPOUND = 8;
const MIN_PART = 5;

/** Lower-case words of at least three letters (Finnish letters included). */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase('fi').match(/[a-zåäöéü]{3,}/g) ?? [];
}

/**
 * A comparison key for a word: its form with one case ending removed, with *-inen* words and
 * their inflections brought to the same *-is* stem ("aamiainen", "aamiaiset", "aamiaisessa"
 * → "aamiais").
 */
export function keyOf(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_KEY - 1) {
      const stem = word.slice(0, -ending.length);
      return ending.startsWith('i') && (ending.startsWith('is') || ending === 'inen') ? `${stem}is` : stem;
    }
  }
  return word;
}

/**
 * Endings that *-inen* words share with other words: "-isiin" is also the passive conditional of
 * a verb ("päätettäisiin", "sovittaisiin"). A word with such an ending counts as an *-inen* word
 * only when the site also spells it in an unambiguous *-inen* form ("aamiaisiin" beside
 * "aamiainen" or "aamiaisessa").
 */
const AMBIGUOUS = new Set(['isiin']);

/** The case ending of an *-inen* word that a word has, if any. */
function inenEnding(word: string): string | undefined {
  const ending = ENDINGS.find((candidate) => word.endsWith(candidate) && word.length - candidate.length >= MIN_KEY - 1);
  return ending && (ending === 'inen' || ending.startsWith('is')) ? ending : undefined;
}

/**
 * The forms a reader types for an *-inen* word: the singular and the plural ("aamiainen",
 * "aamiaiset"). Other cases share a stem with one of them, which Pagefind's stemmer finds. A
 * word whose ending may also be a verb's ("päätettäisiin") gets none unless the vocabulary shows
 * the same stem in an unambiguous *-inen* form.
 */
export function inenForms(word: string, vocabulary?: Map<string, Set<string>>): string[] {
  const ending = inenEnding(word);
  if (!ending) return [];
  if (AMBIGUOUS.has(ending)) {
    const spellings = vocabulary?.get(keyOf(word)) ?? new Set<string>();
    const unambiguous = [...spellings].some((spelling) => {
      const other = inenEnding(spelling);
      return other !== undefined && !AMBIGUOUS.has(other);
    });
    if (!unambiguous) return [];
  }
  const stem = word.slice(0, -ending.length);
  return [`${stem}inen`, `${stem}iset`];
}

/** Every word of the site by its key, so compounds can be recognised by their last part. */
export function vocabularyOf(texts: string[]): Map<string, Set<string>> {
  const vocabulary = new Map<string, Set<string>>();
  for (const text of texts) addToVocabulary(vocabulary, text);
  return vocabulary;
}

/** Adds the words of one text to a vocabulary, so that a big site can be read a page at a time. */
export function addToVocabulary(vocabulary: Map<string, Set<string>>, text: string): void {
  for (const word of wordsOf(text)) {
    const key = keyOf(word);
    if (key.length < MIN_PART) continue;
    if (!vocabulary.has(key)) vocabulary.set(key, new Set());
    vocabulary.get(key)!.add(word);
  }
}

/**
 * The last part of a compound word that the site also uses on its own: the longest suffix of
 * the word's key (at least five letters, leaving at least three in front) that is a key of the
 * vocabulary. "kumppanuusaamiaisessa" → "aamiais" when "aamiaiset" occurs somewhere.
 */
export function compoundTail(word: string, vocabulary: Map<string, Set<string>>): string | undefined {
  return compoundSplit(word, vocabulary)?.tail;
}

/** A compound's first part and the key of its last part, when the last part is a word of the site. */
function compoundSplit(word: string, vocabulary: Map<string, Set<string>>): { head: string; tail: string } | undefined {
  if (word.length < MIN_COMPOUND) return undefined;
  const key = keyOf(word);
  for (let i = 3; i <= key.length - MIN_PART; i++) {
    const tail = key.slice(i);
    if (vocabulary.has(tail)) return { head: word.slice(0, i), tail };
  }
  return undefined;
}

/**
 * The base forms of a compound's first part: an *-inen* word joins a compound by its *-is*
 * stem ("vapaaehtois|toiminta" → "vapaaehtoinen"); another first part counts when the site uses
 * it on its own.
 */
function headForms(head: string, vocabulary: Map<string, Set<string>>): string[] {
  if (head.length >= 6 && head.endsWith('is')) return [`${head.slice(0, -2)}inen`, `${head.slice(0, -2)}iset`];
  const spellings = vocabulary.get(head);
  return head.length >= MIN_PART && spellings
    ? [[...spellings].sort((a, b) => a.length - b.length || a.localeCompare(b))[0]!]
    : [];
}

/**
 * The base forms of a compound's parts that readers search for: the last part first (its
 * *-inen* forms, or else its shortest spelling on the site), then the first part.
 */
export function compoundPartForms(word: string, vocabulary: Map<string, Set<string>>): string[] {
  const split = compoundSplit(word, vocabulary);
  if (!split) return [];
  const spellings = [...vocabulary.get(split.tail)!].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const inen = inenForms(spellings[0]!, vocabulary);
  return [...new Set([...(inen.length ? inen : [spellings[0]!]), ...headForms(split.head, vocabulary)])];
}

/**
 * For each word of a page that readers may look for in another form, the forms to add beside
 * it: the other forms of an *-inen* word, and the base forms of a compound's last part (its
 * shortest spelling on the site, and the *-inen* forms when it is one). At most five forms per
 * word, none that the page already has.
 */
export function extraFormsByWord(text: string, vocabulary: Map<string, Set<string>>): Map<string, string[]> {
  const own = new Set(wordsOf(text));
  const result = new Map<string, string[]>();
  for (const word of own) {
    const forms = new Set([...compoundPartForms(word, vocabulary), ...inenForms(word, vocabulary)]);
    const missing = [...forms].filter((form) => !own.has(form)).slice(0, 5);
    if (missing.length) result.set(word, missing);
  }
  return result;
}

/** All extra forms of a page, sorted: what the index gains for it. */
export function extraTerms(text: string, vocabulary: Map<string, Set<string>>): string[] {
  return [...new Set([...extraFormsByWord(text, vocabulary).values()].flat())].sort();
}
