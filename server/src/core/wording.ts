// Wording shared by every front end: the one plural rule (English: one, else many) and unit names.
import type { Encoding } from './types';

/** The noun for a count: `nounFor(1, 'segment')` is "segment", `nounFor(2, 'segment')` "segments". */
export function nounFor(n: number, one: string, many = one + 's'): string {
  return n === 1 ? one : many;
}

/** A count and its noun: "1 problem", "3 problems". */
export function countOf(n: number, one: string, many = one + 's'): string {
  return `${n} ${nounFor(n, one, many)}`;
}

/** Units counted for segments, by encoding: "1 septet", "153 septets", "2 UCS-2 units". */
export function unitsLabel(encoding: Encoding, units: number): string {
  return encoding === 'GSM-7' ? countOf(units, 'septet') : countOf(units, 'UCS-2 unit');
}
