// Splits message text into words with their offsets, in one linear pass, for the phrase rules
// (opt-out instructions, prohibited content). A word is a letter or digit and the letters, digits
// and combining marks after it (a mark belongs to its letter: Devanagari's vowel signs, a
// decomposed é), but not the marks that dress emoji (variation selectors, the keycap: "➡️STOP" is
// the word STOP); an apostrophe between letters stays inside it ("you've"); hyphens and punctuation
// separate words.

export interface Word {
  readonly start: number;
  readonly end: number;
  /** The word in lower case, with ’ written as '. */
  readonly lower: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * Combining marks but those of emoji: the variation selectors U+FE00–FE0F and the keycap U+20E3.
 * (Units are tested one by one: a character past U+FFFF, a surrogate pair, is no word character.)
 */
const WORD_MARK = /(?![\uFE00-\uFE0F\u20E3])\p{M}/u;

/** Whether the unit at `i` starts a word (a letter or digit) or, `inWord`, goes on with one (a mark too). */
function isWordCode(text: string, i: number, inWord = false): boolean {
  const code = text.charCodeAt(i);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  if (code < 128) return false;
  const unit = text[i];
  return LETTER_OR_DIGIT.test(unit) || (inWord && WORD_MARK.test(unit));
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** The words of a text, in order. A new list each call: see messageWords for the shared one. */
export function wordsOf(text: string): readonly Word[] {
  const words: Word[] = [];
  const length = text.length;
  // Lower-cased once for the whole text, each word then one slice of it, when that is the same as
  // lower-casing each word: every offset kept (not so when a letter lower-cases to more units, as
  // "İ" does) and no Σ, whose lower case depends on what follows it (σ, or ς at a word's end).
  const lowered = text.includes('\u03a3') ? undefined : text.toLowerCase();
  const lowerText = lowered !== undefined && lowered.length === length ? lowered : undefined;
  let i = 0;
  while (i < length) {
    if (!isWordCode(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < length) {
      if (isWordCode(text, i, true)) i++;
      else if (isApostrophe(text.charCodeAt(i)) && i + 1 < length && isWordCode(text, i + 1)) i += 2;
      else break;
    }
    const lower = lowerText !== undefined ? lowerText.slice(start, i) : text.slice(start, i).toLowerCase();
    words.push({ start, end: i, lower: lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower });
  }
  return words;
}

// The opt-out and prohibited-content rules all read the same message, one after the other: it is
// split once per analysis. Only the last analysis is kept (a WeakMap entry per analysis costs more
// than splitting, for the 5,000 messages of a locale file); another one is split again.
// (An analysis, typed by the one field read here, so that text/ does not import the template stage.)
interface AnalysedMessage {
  readonly message: { readonly text: string };
}

let lastSplit: { analysis: AnalysedMessage; words: readonly Word[] } | undefined;

/** The words of the analysed message (examples filled in), split on first use and shared read-only. */
export function messageWords(analysis: AnalysedMessage): readonly Word[] {
  if (lastSplit !== undefined && lastSplit.analysis === analysis) return lastSplit.words;
  const words = wordsOf(analysis.message.text);
  lastSplit = { analysis, words };
  return words;
}

/** The analysed message's words when they are split already (by an opt-out rule), else undefined. */
export function messageWordsIfSplit(analysis: AnalysedMessage): readonly Word[] | undefined {
  return lastSplit !== undefined && lastSplit.analysis === analysis ? lastSplit.words : undefined;
}

/** Whether the word is written in capitals ("STOP"), the way keywords are usually shown. */
export function isCapitalized(text: string, word: Word): boolean {
  const original = text.slice(word.start, word.end);
  return original === original.toUpperCase() && original !== original.toLowerCase();
}
