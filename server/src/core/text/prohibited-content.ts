// Wording from the use cases that are ineligible for toll-free verification (FAQ "What are the
// ineligible use cases for toll-free verification?"). Phrases, not single ambiguous words: "loan",
// "stock", "pot", "weed", "bet", "slots", "gamble" and "gun" alone are everyday words and never match.
import { wordsOf, type Word } from './words';

export interface ProhibitedCategory {
  /** Use case as the FAQ names it. */
  name: string;
  /** Phrases in lower case; `a|b` lists alternatives for one word ("loan|loans"). */
  phrases: readonly string[];
  /** Words that, right before a phrase, make it something else ("root beer"). */
  notAfter?: readonly string[];
  /** Words that, right after a phrase, make it something else ("alcohol-free"). */
  notBefore?: readonly string[];
}

export const prohibitedCategories: readonly ProhibitedCategory[] = [
  {
    name: 'payday and short-term, high-interest loans',
    phrases: ['payday loan|loans', 'payday lender|lenders', 'payday advance|advances', 'title loan|loans', 'short term loan|loans', 'instant loan|loans', 'cash advance loan|loans'],
  },
  { name: 'auto, mortgage and student loans', phrases: ['auto loan|loans', 'car loan|loans', 'mortgage loan|loans', 'student loan|loans'] },
  {
    name: 'debt consolidation, reduction, forgiveness, collection and credit repair',
    phrases: ['debt consolidation', 'consolidate your debt|debts', 'debt reduction', 'debt relief', 'debt forgiveness', 'debt settlement', 'debt collection', 'debt collector|collectors', 'credit repair', 'repair your credit', 'fix your credit'],
  },
  {
    name: 'get-rich-quick schemes, multilevel marketing and risky investments',
    phrases: ['get rich quick', 'multilevel marketing', 'multi level marketing', 'mlm', 'make money from home', 'earn money from home', 'be your own boss', 'risk free investment|investments', 'guaranteed return|returns', 'double your money', 'investment opportunity|opportunities'],
  },
  { name: 'gambling', phrases: ['gambling', 'casino|casinos', 'sportsbook', 'sports betting', 'online betting', 'poker', 'roulette', 'blackjack', 'slot machine|machines', 'online slots', 'free spins', 'place your bet|bets', 'lottery'] },
  { name: 'sweepstakes', phrases: ['sweepstakes', 'sweepstake', "you've won", 'you have won', 'you won a|an', 'claim your prize|prizes', 'prize draw', 'raffle', 'enter to win'] },
  { name: 'stock alerts', phrases: ['stock alert|alerts', 'stock tip|tips', 'stock pick|picks', 'penny stock|stocks'] },
  { name: 'cryptocurrency', phrases: ['cryptocurrency', 'cryptocurrencies', 'crypto', 'bitcoin|bitcoins', 'ethereum', 'dogecoin', 'altcoin|altcoins', 'nft|nfts'] },
  { name: 'cannabis', phrases: ['cannabis', 'marijuana', 'thc', 'cbd', 'dispensary', 'dispensaries'] },
  { name: 'alcohol', phrases: ['alcohol', 'alcoholic', 'liquor', 'vodka', 'whiskey', 'whisky', 'tequila', 'beer|beers', 'wine|wines'], notAfter: ['root', 'ginger', 'non', 'alcoholic', 'free'], notBefore: ['free'] },
  { name: 'tobacco or vape', phrases: ['tobacco', 'cigarette|cigarettes', 'cigar|cigars', 'vape|vapes', 'vaping', 'e cig|cigs', 'e liquid|liquids', 'nicotine', 'juul'], notBefore: ['free'] },
  { name: 'pornography and sex-related content', phrases: ['porn', 'porno', 'pornography', 'pornographic', 'nudes', 'sexting'] },
  { name: 'firearms', phrases: ['firearm|firearms', 'handgun|handguns', 'shotgun|shotguns', 'rifle|rifles', 'ammo', 'ammunition', 'gun show|shows', 'gun shop|shops', 'gun store|stores'] },
];

interface CompiledPhrase {
  words: readonly (readonly string[])[];
  category: ProhibitedCategory;
}

/** Phrases by their first word, so each word of the text is looked up once. */
const phrasesByFirstWord = new Map<string, CompiledPhrase[]>();
for (const category of prohibitedCategories) {
  for (const phrase of category.phrases) {
    const words = phrase.split(' ').map((word) => word.split('|'));
    for (const first of words[0]) {
      const list = phrasesByFirstWord.get(first) ?? [];
      list.push({ words, category });
      phrasesByFirstWord.set(first, list);
    }
  }
}

/**
 * Every phrase as one pattern, its words apart by anything but letters and digits: it matches
 * wherever findProhibitedContent finds a phrase (and in a few places it does not: "payday'loan", a
 * phrase after "root"), so a text it does not match has none, and is not split into words. Most
 * messages have none (5,000 in a locale file); the pattern has no nested repetition (linear).
 */
const anyPhrase = (() => {
  const word = (alternatives: readonly string[]) => `(?:${alternatives.map((each) => each.replace(/[.*+?^${}()[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('|')})`;
  const phrases = [...phrasesByFirstWord.values()].flat().map((phrase) => phrase.words.map(word).join('[^\\p{L}\\p{N}]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(phrases)].join('|')})(?![\\p{L}\\p{N}])`, 'iu');
})();

export interface ProhibitedMatch {
  start: number;
  end: number;
  category: ProhibitedCategory;
}

/** The prohibited wording in `text`; `wordsOfText` gives its words when the caller has them already. */
export function findProhibitedContent(text: string, wordsOfText: () => readonly Word[] = () => wordsOf(text)): ProhibitedMatch[] {
  return anyPhrase.test(text) ? prohibitedInWords(wordsOfText()) : [];
}

/** The prohibited wording in a text's words, word by word (findProhibitedContent without its quick test). */
export function prohibitedInWords(words: readonly Word[]): ProhibitedMatch[] {
  const matches: ProhibitedMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = phrasesByFirstWord.get(words[i].lower);
    if (!candidates) continue;
    let longest: { length: number; category: ProhibitedCategory } | undefined;
    for (const phrase of candidates) {
      if (!matchesAt(words, i, phrase)) continue;
      if (!longest || phrase.words.length > longest.length) longest = { length: phrase.words.length, category: phrase.category };
    }
    if (!longest) continue;
    matches.push({ start: words[i].start, end: words[i + longest.length - 1].end, category: longest.category });
    i += longest.length - 1;
  }
  return matches;
}

function matchesAt(words: readonly Word[], i: number, phrase: CompiledPhrase): boolean {
  const count = phrase.words.length;
  for (let k = 0; k < count; k++) {
    const word = words[i + k];
    if (!word || !phrase.words[k].includes(word.lower)) return false;
  }
  const { notAfter, notBefore } = phrase.category;
  if (notAfter && i > 0 && notAfter.includes(words[i - 1].lower)) return false;
  const following = words[i + count];
  if (notBefore && following && notBefore.includes(following.lower)) return false;
  return true;
}
