// Wording shared by every front end: the one plural rule (English: one, else many), unit and segment
// names, and how fixes are titled (the change, the unsafe mark, the effect on the cost).
import type { Encoding, SegmentCount } from './types';

/** The noun for a count: `nounFor(1, 'segment')` is "segment", `nounFor(2, 'segment')` "segments". */
export function nounFor(n: number, one: string, many = one + 's'): string {
  return n === 1 ? one : many;
}

/** A count and its noun: "1 problem", "3 problems". */
export function countOf(n: number, one: string, many = one + 's'): string {
  return `${n} ${nounFor(n, one, many)}`;
}

/** The unit segments are counted in, by encoding: one "septet" or "UCS-2 unit", many "septets" or "UCS-2 units". */
export function unitsName(encoding: Encoding, units = 2): string {
  return encoding === 'GSM-7' ? nounFor(units, 'septet') : nounFor(units, 'UCS-2 unit');
}

/** Units counted for segments, by encoding: "1 septet", "153 septets", "2 UCS-2 units". */
export function unitsLabel(encoding: Encoding, units: number): string {
  return `${units} ${unitsName(encoding, units)}`;
}

/** "1 segment", "3 segments". */
export function segmentsLabel(count: { segments: number } | number): string {
  const segments = typeof count === 'number' ? count : count.segments;
  return countOf(segments, 'segment');
}

/** The mark an unsafe fix carries in its title, with the reason it is not applied unasked. */
export function unsafeMark(reason: string): string {
  return `[unsafe: ${reason}]`;
}

/**
 * How every fix is titled: what it does, the mark of an unsafe fix with its reason, then what it
 * does to the cost ("ó → o [unsafe: changes spelling] — back to GSM-7: 1 segment instead of 2").
 */
export function fixTitle(what: string, effect: string | undefined, unsafeBecause?: string): string {
  const marked = unsafeBecause === undefined ? what : `${what} ${unsafeMark(unsafeBecause)}`;
  return effect === undefined || effect === '' ? marked : `${marked} — ${effect}`;
}

/**
 * What a fix does to the cost: "GSM-7: still 1 segment", "GSM-7: 1 segment instead of 3", then
 * `perSend`, what it saves per send when the recipients are known (`perSendEffect` in sending.ts).
 */
export function costEffect(before: Pick<SegmentCount, 'encoding' | 'segments'>, after: Pick<SegmentCount, 'encoding' | 'segments'>, perSend = ''): string {
  return (
    (after.segments === before.segments
      ? `${after.encoding === before.encoding ? '' : after.encoding + ': '}still ${segmentsLabel(after)}`
      : `${after.encoding}: ${segmentsLabel(after)} instead of ${before.segments}`) + perSend
  );
}

/**
 * Advice that names where a template's keys are written: its front matter, or, for a locale file's
 * message (`template.keysInSource`), its source in `.smslintrc.json`.
 */
type KeysAt = { keysInSource?: boolean };

/** How non-gsm-character says to mark UCS-2 as intended. */
export function unicodeAdvice(template: KeysAt): string {
  return template.keysInSource ? 'set `unicode: true` on this source in `.smslintrc.json`' : 'set `unicode: true` in the front matter';
}

/** How missing-opt-out says to turn itself off. */
export function optOutOffAdvice(template: KeysAt): string {
  return template.keysInSource
    ? 'turn the rule off on this source in `.smslintrc.json` (`rules: { missing-opt-out: off }`)'
    : 'turn the rule off in the front matter (`rules: { missing-opt-out: off }`)';
}

/** How empty-message says where the text goes. */
export function writeTextAdvice(template: KeysAt): string {
  return template.keysInSource ? 'Write the text of the message.' : 'Write the text below the front matter.';
}

/**
 * A value as a problem quotes it: its JSON (`"word"`, `0`, `["US"]`), or its kind when it is nested
 * too deeply to print (JSON.stringify recurses), so that quoting a hostile value never throws.
 */
export function quotedValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Array.isArray(value) ? 'a list nested too deeply to show' : 'an object nested too deeply to show';
  }
}
