// Finds opt-out instructions in message text. Two kinds: a keyword the recipient texts back ("Reply
// STOP to opt out", "Txt STOP", "STOP to end", "reply STOP2END"), which needs a sender that can
// receive replies, and an opt-out through another channel ("opt out at example.com/stop", "call
// 0800 123 456 to unsubscribe"), the only kind an alphanumeric sender ID can offer (FAQ "How does
// Azure Communication Services handle opt-outs for an alphanumeric sender ID?"). The bare word
// "stop" in a sentence ("stop by our store") is neither. Works on words, in linear time.
import { findLinks } from './links';
import { isCapitalized, wordsOf, type Word } from './words';
import { firstIndexAfter } from '../encoding/utf16';

export type OptOutKind = 'keyword' | 'other-channel';

export interface OptOutInstruction {
  kind: OptOutKind;
  /** Message offsets of the instruction ("Reply STOP to opt out"), or of its opt-out words. */
  start: number;
  end: number;
}

/**
 * The FAQ's one-word opt-out keywords ("OPT OUT" is two words, handled apart), and the markets'
 * own: BAJA (US Spanish), ARRET/ARRÊT (Quebec), SAIR (Portuguese); 退订 (Chinese) below.
 */
const singleKeywords = new Set(['stop', 'quit', 'end', 'revoke', 'cancel', 'unsubscribe', 'optout', 'stopall', 'baja', 'arret', 'arrêt', 'sair']);
/** 退订 ("unsubscribe"): Chinese is written without spaces, so it is found inside a word ("回T退订"). */
const CHINESE_UNSUBSCRIBE = '退订';
/**
 * "Opt out of …", "unsubscribe from …" name what is left: an opt-out when it is the messages
 * ("opt out of these texts", "unsubscribe from our list"), prose otherwise ("Opt out of the
 * ordinary", "Unsubscribe from boring").
 */
const objectDeterminers = new Set(['the', 'these', 'this', 'our', 'all', 'future', 'further', 'any', 'my', 'your', 'us']);
const messagingNouns = new Set([
  'messages', 'message', 'msgs', 'msg', 'texts', 'text', 'sms', 'alerts', 'alert', 'notifications', 'list', 'lists', 'updates',
  'marketing', 'program', 'programme', 'promotions', 'promos', 'reminders', 'communications', 'mailing', 'subscription', 'subscriptions',
  'service', 'offers', 'newsletter',
]);
const keywordCompound = /^(?:stop|quit|end|cancel|optout)2[a-z]{2,12}$/;
/** "Reply", "Text"… in English, and the same verbs in Spanish, French, German, Portuguese and Italian. */
const replyVerbs = new Set([
  'reply', 'text', 'txt', 'send', 'respond', 'rply', 'sms', 'msg',
  'responda', 'responde', 'envía', 'envia', 'envíe', 'envie', 'escribe', 'escriba', 'manda', 'mande',
  'répondez', 'repondez', 'réponds', 'reponds', 'envoyez', 'envoie',
  'antworte', 'antworten', 'sende', 'senden', 'schreibe', 'schreiben',
  'rispondi', 'rispondere', 'invia', 'inviare',
]);
/**
 * Where the verb comes after the keyword: Hindi "STOP लिखें" ("write STOP"), "STOP लिखकर … भेजें",
 * "STOP भेजें"; Turkish "STOP yazın", "STOP yazıp … gönderin". The keyword in capitals, then one of these.
 */
const replyVerbsAfter = new Set(['लिखें', 'लिखकर', 'भेजें', 'भेजे', 'yazın', 'yazin', 'yazıp', 'yazip', 'yaz', 'gönderin', 'gonderin', 'gönder']);
/** Words allowed between the verb and the keyword: "Reply with the word STOP", "Responda con la palabra STOP". */
const fillerWords = new Set(['with', 'the', 'word', 'keyword', 'back', 'us', 'con', 'la', 'palabra', 'avec', 'le', 'mot', 'mit', 'sie', 'dem', 'wort', 'com', 'a', 'palavra', 'parola']);
const MAX_FILLER = 3;
/** What "KEYWORD to …" may end with: "STOP to opt out", "STOP to end", "STOP to be removed". */
const goalWords = new Set(['end', 'stop', 'quit', 'cancel', 'leave']);
/** Ways to reach the sender other than a reply. */
const channelWords = new Set(['call', 'visit', 'click', 'tap', 'email', 'link', 'website', 'online', 'phone', 'dial']);
const WINDOW_BEFORE = 6;
const WINDOW_AFTER = 12;

/** Number of words of the keyword starting at index i (0 when none). */
function keywordLength(words: readonly Word[], i: number): number {
  const word = words[i]?.lower;
  if (word === undefined) return 0;
  if (word === 'opt' && words[i + 1]?.lower === 'out') return 2;
  if (singleKeywords.has(word) || keywordCompound.test(word)) return 1;
  return 0;
}

/**
 * Whether an opt-out phrase ending at word `last` goes on to name something other than the messages
 * ("Opt out of the ordinary"): then it is not an instruction.
 */
function namesSomethingElse(text: string, words: readonly Word[], last: number): boolean {
  const preposition = words[last + 1];
  if (!preposition || (preposition.lower !== 'of' && preposition.lower !== 'from') || !sameSentence(text, words[last], preposition)) return false;
  let k = last + 2;
  while (k < words.length && k - last - 2 < 3 && objectDeterminers.has(words[k].lower) && sameSentence(text, words[k - 1], words[k])) k++;
  const object = words[k];
  // "unsubscribe from these, visit …" / "opt out of all.": only determiners before the clause ends.
  if (!object || !sameSentence(text, words[k - 1], object) || /[,:(]/.test(text.slice(words[k - 1].end, object.start))) return false;
  return !messagingNouns.has(object.lower);
}

/** Number of words of an opt-out phrase ("opt out", "optout", "unsubscribe", "stop receiving") at i. */
function optOutPhraseLength(words: readonly Word[], i: number): number {
  const word = words[i]?.lower;
  if (word === undefined) return 0;
  if (word === 'opt' && words[i + 1]?.lower === 'out') return 2;
  if (word === 'optout' || word === 'unsubscribe' || word === 'unsub') return 1;
  if (word === 'stop' && (words[i + 1]?.lower === 'receiving' || words[i + 1]?.lower === 'messages' || words[i + 1]?.lower === 'texts')) return 2;
  return 0;
}

/**
 * Length of "to <goal>" after a keyword ("to opt out", "to end", "2 unsubscribe", "to be removed");
 * `explicit` when the goal itself names opting out, so that a lower-case keyword still counts.
 */
function goalAt(text: string, words: readonly Word[], i: number): { length: number; explicit: boolean } | undefined {
  const link = words[i]?.lower;
  if ((link !== 'to' && link !== '2') || !sameSentence(text, words[i - 1], words[i])) return undefined;
  const goal = words[i + 1]?.lower;
  if (goal === undefined || !sameSentence(text, words[i], words[i + 1])) return undefined;
  const third = words[i + 2]?.lower;
  if (goal === 'opt' && third === 'out') return { length: 3, explicit: true };
  if (goal === 'be' && (third === 'removed' || third === 'unsubscribed')) return { length: 3, explicit: true };
  if (goal === 'stop' && third === 'receiving') return { length: 3, explicit: true };
  if (goal === 'unsubscribe' || goal === 'unsub' || goal === 'optout') return { length: 2, explicit: true };
  if (goalWords.has(goal)) return { length: 2, explicit: false };
  return undefined;
}

/** Whether nothing that ends a sentence or a line separates two words. */
function sameSentence(text: string, left: Word | undefined, right: Word): boolean {
  if (!left) return true;
  for (let i = left.end; i < right.start; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 || code === 33 || code === 63 || code === 59 || code === 10 || code === 13) return false;
  }
  return true;
}

/** Whether the word is followed by a hyphen and another word ("end-of-month", "stop-gap"). */
function startsCompound(text: string, words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  return next !== undefined && next.start === words[i].end + 1 && text.charCodeAt(words[i].end) === 45;
}

/** Whether the word is hyphenated to the word before it ("NON-STOP"). */
function endsCompound(text: string, words: readonly Word[], i: number): boolean {
  const previous = words[i - 1];
  return previous !== undefined && words[i].start === previous.end + 1 && text.charCodeAt(previous.end) === 45;
}

/** "STOP" or "Stop", not "stop". */
function startsWithCapital(text: string, word: Word): boolean {
  const first = text[word.start];
  return first !== first.toLowerCase();
}

/** "to 12345": the keyword is sent to a short code or a number. */
function sentToNumber(words: readonly Word[], j: number): boolean {
  return words[j]?.lower === 'to' && /^\+?\d{4,}$/.test(words[j + 1]?.lower ?? '');
}

/** True when only `=` `:` or blanks separate two words ("STOP=END", "STOP: unsubscribe"). */
function joinedBySign(text: string, left: Word, right: Word): boolean {
  const between = text.slice(left.end, right.start);
  return between.length <= 3 && /^\s*[=:]\s*$/.test(between);
}

/**
 * The instructions in `text`; `words` are its words when the caller has them already. `linkRanges`
 * are more ranges of `text` that hold a link, such as a placeholder for one (`{{optout_url}}`),
 * sorted by position.
 */
export function findOptOutInstructions(
  text: string,
  words: readonly Word[] = wordsOf(text),
  linkRanges: readonly { start: number; end: number }[] = [],
): OptOutInstruction[] {
  const found: OptOutInstruction[] = [];
  let coveredUntil = -1;
  for (let i = 0; i < words.length; i++) {
    if (i <= coveredUntil) continue;
    const instruction = keywordInstructionAt(text, words, i);
    if (instruction) {
      found.push({ kind: 'keyword', start: words[i].start, end: words[instruction.last].end });
      coveredUntil = instruction.last;
    }
  }
  const foundLinks = findLinks(text);
  const links = linkRanges.length === 0 ? foundLinks : [...foundLinks, ...linkRanges].sort((a, b) => a.start - b.start);
  for (let i = 0; i < words.length; i++) {
    const length = optOutPhraseLength(words, i);
    if (length === 0) continue;
    if (!namesSomethingElse(text, words, i + length - 1) && hasChannelNear(text, words, i, i + length - 1, links)) {
      found.push({ kind: 'other-channel', start: words[i].start, end: words[i + length - 1].end });
    }
    i += length - 1;
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A keyword instruction starting at word i; `last` is the index of its last word. */
function keywordInstructionAt(text: string, words: readonly Word[], i: number): { last: number } | undefined {
  const word = words[i].lower;
  if (word.includes(CHINESE_UNSUBSCRIBE)) return { last: i };
  // "Reply STOP", "Text the word END to 12345", "Txt STOP", "reply stop2end" (any case right after the verb).
  if (replyVerbs.has(word)) {
    let k = i + 1;
    while (k - i - 1 < MAX_FILLER && k < words.length && fillerWords.has(words[k].lower) && keywordLength(words, k) === 0) k++;
    const length = keywordLength(words, k);
    if (length === 0) return undefined;
    for (let w = i + 1; w <= k; w++) if (!sameSentence(text, words[w - 1], words[w])) return undefined;
    const last = k + length - 1;
    const goal = goalAt(text, words, last + 1);
    if (!goal && !startsWithCapital(text, words[k])) {
      // "send end-of-month readings": a lower-case keyword hyphenated to the next word is a compound.
      if (startsCompound(text, words, last)) return undefined;
      // "send the end of the month": after filler words a lower-case keyword is prose unless an
      // opt-out goal follows ("reply with the word stop to opt out") or it is sent to a number
      // ("text the word stop to 12345").
      if (k > i + 1 && !sentToNumber(words, last + 1)) return undefined;
    }
    return { last: last + (goal?.length ?? 0) };
  }
  const length = keywordLength(words, i);
  if (length === 0) return undefined;
  const last = i + length - 1;
  const capitals = isCapitalized(text, words[i]);
  // "STOP to opt out", "Stop to unsubscribe", "STOP 2 END"; "stop to end" in lower case is prose.
  const goal = goalAt(text, words, last + 1);
  if (goal && (capitals || goal.explicit)) return { last: last + goal.length };
  // "STOP=END", "STOP: unsubscribe".
  const next = words[last + 1];
  if (next && capitals && (goalWords.has(next.lower) || next.lower === 'unsubscribe') && joinedBySign(text, words[last], next)) return { last: last + 1 };
  // "STOP लिखें", "STOP yazın": a keyword in capitals, then the verb, in a language that puts it
  // last — the keyword on its own ("NON-STOP yaz eğlencesi", "non-stop summer fun", is prose).
  if (next && capitals && length === 1 && replyVerbsAfter.has(next.lower) && sameSentence(text, words[last], next) && !endsCompound(text, words, i)) return { last: last + 1 };
  // "Opt out: STOP", "To unsubscribe, STOP": a keyword in capitals right after an opt-out phrase.
  if (capitals && length === 1) {
    for (let back = 1; back <= 3 && i - back >= 0; back++) {
      const phrase = optOutPhraseLength(words, i - back);
      if (phrase > 0 && i - back + phrase <= i && sameSentence(text, words[i - back], words[i])) return { last };
    }
  }
  return undefined;
}

/** Whether a link, an e-mail address, a phone number or a channel word is near the opt-out phrase. */
function hasChannelNear(text: string, words: readonly Word[], first: number, last: number, links: readonly { start: number; end: number }[]): boolean {
  const from = Math.max(0, first - WINDOW_BEFORE);
  const to = Math.min(words.length - 1, last + WINDOW_AFTER);
  const windowStart = words[from].start;
  const windowEnd = words[to].end;
  if (links.length > 0) {
    // First link ending after the window starts (binary search: links are in text order).
    const first = firstIndexAfter(links, (link) => link.end, windowStart);
    if (first < links.length && links[first].start < windowEnd) return true;
  }
  let digits = 0;
  for (let k = from; k <= to; k++) {
    const word = words[k];
    if (channelWords.has(word.lower)) return true;
    if (/^\d+$/.test(word.lower)) {
      // Digits of a phone number may be split by blanks, dashes, dots or brackets.
      const gap = k > from ? text.slice(words[k - 1].end, word.start) : '';
      digits = k > from && /^\d+$/.test(words[k - 1].lower) && /^[\s().+-]{0,3}$/.test(gap) ? digits + word.lower.length : word.lower.length;
      if (digits >= 7) return true;
    } else digits = 0;
  }
  return false;
}
