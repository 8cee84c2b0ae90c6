// What the editor and the messages say about one character: its code point, name and GSM status.
import { gsmTableName } from './gsm';
import { gsmReplacementFor, replacementCharacterName } from './gsm-replacements';

export function codePointLabel(codePoint: number): string {
  return 'U+' + codePoint.toString(16).toUpperCase().padStart(4, '0');
}

/** Whether the character shows as itself: not a blank, a control or an invisible format character. */
export function isVisibleCharacter(codePoint: number): boolean {
  return codePoint > 0x20 && !(codePoint >= 0x7f && codePoint <= 0xa0) && codePoint !== 0xad &&
    !(codePoint >= 0x2000 && codePoint <= 0x200f) && !(codePoint >= 0x2028 && codePoint <= 0x202f) &&
    !(codePoint >= 0x205f && codePoint <= 0x206f) && codePoint !== 0xfeff && codePoint !== 0x3000 &&
    !(codePoint >= 0x0300 && codePoint <= 0x036f);
}

/** `’ (U+2019 RIGHT SINGLE QUOTATION MARK)`; invisible characters are shown by code point only. */
export function describeCharacter(codePoint: number): string {
  // The same few characters come back in every message of a locale file: each is worded once.
  let described = describedCharacters.get(codePoint);
  if (described === undefined) {
    const name = replacementCharacterName(codePoint);
    const shown = isVisibleCharacter(codePoint) ? `${String.fromCodePoint(codePoint)} ` : '';
    described = `${shown}(${codePointLabel(codePoint)}${name ? ' ' + name : ''})`;
    if (describedCharacters.size < 4096) describedCharacters.set(codePoint, described);
  }
  return described;
}
const describedCharacters = new Map<number, string>();

export interface CharacterInfo {
  codePoint: number;
  label: string;
  table: 'basic' | 'extension' | 'not GSM';
  /** Septets in GSM-7 (0 when not GSM). */
  septets: number;
  /** UTF-16 units in UCS-2. */
  ucs2Units: number;
  replacement?: string;
}

export function characterInfo(codePoint: number): CharacterInfo {
  const table = gsmTableName(codePoint);
  return {
    codePoint,
    label: describeCharacter(codePoint),
    table,
    septets: table === 'basic' ? 1 : table === 'extension' ? 2 : 0,
    ucs2Units: codePoint > 0xffff ? 2 : 1,
    replacement: table === 'not GSM' ? gsmReplacementFor(codePoint) : undefined,
  };
}

/**
 * How a replacement reads: as code in Markdown (hovers), between quotation marks in plain text
 * (diagnostic messages, which editors do not render as Markdown), "a space", or "nothing" for a removal.
 */
export function showReplacement(replacement: string, format: 'markdown' | 'plain' = 'markdown'): string {
  if (replacement === '') return 'nothing (remove it)';
  if (replacement === ' ') return 'a space';
  return format === 'markdown' ? '`' + replacement + '`' : `“${replacement}”`;
}
