// The writing system of a character GSM-7 has no look-alike for (Devanagari, Han, Cyrillic …), by
// its Unicode Script_Extensions property: non-gsm-character reports such text once per message, naming it.

/** Unicode script names (as `\p{Script=…}` takes them) and how messages name them. */
const scriptNames: [string, string][] = [
  ['Cyrillic', 'Cyrillic'], ['Greek', 'Greek'], ['Arabic', 'Arabic'], ['Hebrew', 'Hebrew'], ['Devanagari', 'Devanagari'],
  ['Bengali', 'Bengali'], ['Gurmukhi', 'Gurmukhi'], ['Gujarati', 'Gujarati'], ['Oriya', 'Odia'], ['Tamil', 'Tamil'],
  ['Telugu', 'Telugu'], ['Kannada', 'Kannada'], ['Malayalam', 'Malayalam'], ['Sinhala', 'Sinhala'], ['Thai', 'Thai'],
  ['Lao', 'Lao'], ['Tibetan', 'Tibetan'], ['Myanmar', 'Myanmar'], ['Khmer', 'Khmer'], ['Han', 'Chinese (Han)'],
  ['Hiragana', 'Japanese (Hiragana)'], ['Katakana', 'Japanese (Katakana)'], ['Hangul', 'Korean (Hangul)'], ['Bopomofo', 'Bopomofo'],
  ['Armenian', 'Armenian'], ['Georgian', 'Georgian'], ['Ethiopic', 'Ethiopic'], ['Syriac', 'Syriac'], ['Thaana', 'Thaana'],
  ['Mongolian', 'Mongolian'], ['Tifinagh', 'Tifinagh'], ['Cherokee', 'Cherokee'], ['Canadian_Aboriginal', 'Canadian Aboriginal syllabics'],
  ['Yi', 'Yi'], ['Javanese', 'Javanese'], ['Balinese', 'Balinese'], ['Sundanese', 'Sundanese'], ['Tagalog', 'Tagalog'],
  ['Vai', 'Vai'], ['Nko', "N'Ko"], ['Adlam', 'Adlam'], ['Ol_Chiki', 'Ol Chiki'], ['Lepcha', 'Lepcha'], ['Limbu', 'Limbu'],
];

// Script_Extensions, so that the punctuation a script shares (the Devanagari danda।, used by Bengali too) counts as its script.
const patterns = scriptNames.map(([script, name]) => [new RegExp(`^\\p{Script_Extensions=${script}}$`, 'u'), name] as const);
const any = new RegExp(`^[${scriptNames.map(([script]) => `\\p{Script_Extensions=${script}}`).join('')}]$`, 'u');
const known = new Map<number, string | undefined>();

/** The script's name for a character of one of those scripts; undefined for Latin, symbols, emoji, marks. */
export function scriptOf(codePoint: number): string | undefined {
  if (codePoint < 0x0370) return undefined;
  if (known.has(codePoint)) return known.get(codePoint);
  const character = String.fromCodePoint(codePoint);
  const name = any.test(character) ? patterns.find(([pattern]) => pattern.test(character))?.[1] : undefined;
  if (known.size < 65536) known.set(codePoint, name);
  return name;
}
