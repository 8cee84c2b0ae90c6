// Transliteration to GSM-7 for letters GSM-7 lacks (ó → o, ş → s, ł → l, ő → ö): the unsafe fixes of
// non-gsm-character, since they change the spelling. Derived from Unicode decomposition (NFD: the
// letter without the marks GSM-7 cannot show, keeping an accent where GSM-7 has the accented letter,
// ǘ → ü, ề → è), plus an explicit list for letters that do not decompose (ł ø đ ı ħ þ …) and for
// conventions decomposition does not know (Hungarian ő → ö). Look-alikes (safe) are in
// gsm-replacements.ts; a character is in at most one of the two tables.
import { isGsmText } from './gsm';
import { gsmReplacementFor } from './gsm-replacements';

/** Letters that do not decompose, or whose usual spelling without the accent is not the bare base. */
const explicit: Record<string, string> = {
  // Stroke, bar and hook letters: the plain letter.
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ı: 'i', ƀ: 'b', Ƀ: 'B', ɓ: 'b', Ɓ: 'B',
  ƈ: 'c', Ƈ: 'C', ȼ: 'c', Ȼ: 'C', ɗ: 'd', Ɗ: 'D', ƌ: 'd', Ƌ: 'D', ɇ: 'e', Ɇ: 'E', ɠ: 'g', Ɠ: 'G', ǥ: 'g', Ǥ: 'G',
  ɨ: 'i', Ɨ: 'I', ɉ: 'j', Ɉ: 'J', ƙ: 'k', Ƙ: 'K', ƚ: 'l', Ƚ: 'L', ɲ: 'n', Ɲ: 'N', ƞ: 'n', Ƞ: 'N', ɵ: 'o', Ɵ: 'O',
  ƥ: 'p', Ƥ: 'P', ɋ: 'q', Ɋ: 'Q', ɍ: 'r', Ɍ: 'R', ʂ: 's', ƫ: 't', ƭ: 't', Ƭ: 'T', ʈ: 't', Ʈ: 'T', ʉ: 'u', Ʉ: 'U',
  ʋ: 'v', Ʋ: 'V', ŀ: 'l', Ŀ: 'L', ƴ: 'y', Ƴ: 'Y', ɏ: 'y', Ɏ: 'Y', ƶ: 'z', Ƶ: 'Z', ȥ: 'z', Ȥ: 'Z',
  // Letters of their own with a customary Latin spelling.
  ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ŋ: 'n', Ŋ: 'N', ĸ: 'k', ẞ: 'SS', ƿ: 'w', Ƿ: 'W', ȝ: 'gh', Ȝ: 'Gh',
  // Hungarian double acute: written as the umlaut GSM-7 has.
  ő: 'ö', Ő: 'Ö', ű: 'ü', Ű: 'Ü',
};

/** Windows-1252 letters read as Latin-1 (U+008A Š, U+009F Ÿ …): the letter without its accent. */
const windows1252Letters: [number, string][] = [[0x8a, 'S'], [0x8e, 'Z'], [0x9a, 's'], [0x9e, 'z'], [0x9f, 'Y']];

/** Blocks whose letters are transliterated: Latin-1 Supplement to Latin Extended-B, IPA, Greek capitals, Latin Extended Additional. */
const letterBlocks: [number, number][] = [[0x00c0, 0x024f], [0x0250, 0x02af], [0x0386, 0x03ab], [0x1e00, 0x1eff], [0x2c60, 0x2c7f], [0xa720, 0xa7ff]];

interface Transliteration {
  replacement: string;
  /** Why it is unsafe, as the fix title says it. */
  reason: string;
}

const table = new Map<number, Transliteration>();

/** A letter as GSM-7 text without a look-alike: itself when GSM, its look-alike (Greek Α → A), or its explicit spelling. */
function plainLetter(letter: string): string | undefined {
  if (isGsmText(letter)) return letter;
  return explicit[letter] ?? gsmReplacementFor(letter.codePointAt(0)!);
}

/**
 * The letter without the marks GSM-7 cannot show: the base letter with the largest set of its marks
 * that still composes into one GSM-7 letter (ǘ → ü, ề → è), else the bare base letter.
 */
function withoutMarks(letter: string): string | undefined {
  const [base, ...marks] = [...letter.normalize('NFD')];
  if (marks.length === 0 || !marks.every((mark) => /\p{M}/u.test(mark))) return undefined;
  return bestGsmLetter(base, marks) ?? plainLetter(base);
}

/**
 * The GSM-7 letter closest to `base` with `marks`: the base with the largest proper subset of the
 * marks that composes into one GSM-7 letter (the base alone when it is GSM), else undefined.
 */
export function bestGsmLetter(base: string, marks: readonly string[]): string | undefined {
  if (marks.length > 4) return isGsmText(base) ? base : undefined;
  let best: string | undefined;
  let bestMarks = -1;
  for (let subset = 0; subset < (1 << marks.length) - 1; subset++) {
    const kept = marks.filter((_, i) => (subset & (1 << i)) !== 0);
    const composed = (base + kept.join('')).normalize('NFC');
    if (kept.length > bestMarks && [...composed].length === 1 && isGsmText(composed)) {
      best = composed;
      bestMarks = kept.length;
    }
  }
  return best;
}

function transliterationOf(codePoint: number): string | undefined {
  const letter = String.fromCodePoint(codePoint);
  // Modifier letters (ʰ, ⱼ, ꟹ) are phonetic notation, not spelling: none.
  if (!/\p{L}/u.test(letter) || /\p{Lm}/u.test(letter) || isGsmText(letter) || gsmReplacementFor(codePoint) !== undefined) return undefined;
  const direct = explicit[letter] ?? withoutMarks(letter);
  if (direct !== undefined) return direct;
  // Compatibility forms of letters: ĳ → ij, ſ → s, ǆ → dž → dz.
  const compatible = letter.normalize('NFKD');
  if (compatible === letter.normalize('NFD')) return undefined;
  const spelled = [...compatible.normalize('NFC')].map((part) => plainLetter(part) ?? withoutMarks(part));
  return spelled.every((part) => part !== undefined && isGsmText(part)) ? spelled.join('') : undefined;
}

for (const [from, to] of letterBlocks) {
  for (let codePoint = from; codePoint <= to; codePoint++) {
    const replacement = transliterationOf(codePoint);
    if (replacement !== undefined && isGsmText(replacement)) table.set(codePoint, { replacement, reason: 'changes spelling' });
  }
}
for (const [codePoint, replacement] of windows1252Letters) {
  table.set(codePoint, { replacement, reason: 'changes spelling' });
}

/** The GSM-7 spelling of a letter GSM-7 lacks, if there is one: an unsafe fix (it changes the spelling). */
export function transliterationFor(codePoint: number): Transliteration | undefined {
  return table.get(codePoint);
}

/** Every character that has a transliteration, for tests and documentation. */
export function transliteratedCodePoints(): number[] {
  return [...table.keys()];
}

/**
 * A combining diacritical mark (U+0300–U+036F and its supplements, U+20D0–U+20FF for symbols,
 * U+FE20–U+FE2F half marks): dropping it is the unsafe fix when the letter and the mark do not
 * compose into a GSM-7 letter. Marks of other scripts (Devanagari vowel signs …) belong to their script.
 */
export function isCombiningDiacritic(codePoint: number): boolean {
  return (
    (codePoint >= 0x0300 && codePoint <= 0x036f) ||
    (codePoint >= 0x1ab0 && codePoint <= 0x1aff) ||
    (codePoint >= 0x1dc0 && codePoint <= 0x1dff) ||
    (codePoint >= 0x20d0 && codePoint <= 0x20ff) ||
    (codePoint >= 0xfe20 && codePoint <= 0xfe2f)
  );
}
