// Encoding and segment counting (3GPP TS 23.038 / 23.040): one table-driven pass decides the
// encoding and the units; only a message longer than one segment is walked again to place the
// segment starts, never splitting an escape sequence or a surrogate pair (or, in grapheme mode, a
// grapheme cluster).
import { septetCost } from './gsm';
import type { CountOptions, Encoding, SegmentCount } from '../types';
import { isHighSurrogate, isLowSurrogate } from './utf16';

export const GSM_SINGLE_SEGMENT = 160;
export const GSM_CONCATENATED_SEGMENT = 153;
export const UCS2_SINGLE_SEGMENT = 70;
export const UCS2_CONCATENATED_SEGMENT = 67;

const CR = 13;
const LF = 10;

let graphemeSegmenter: Intl.Segmenter | undefined;

// Most messages fit one segment: their segment lists are shared, frozen, one per unit count, so
// counting them allocates nothing but the result.
const noSegments: readonly number[] = Object.freeze([]);
const firstSegmentStart: readonly number[] = Object.freeze([0]);
const singleSegmentUnits: readonly (readonly number[])[] = Array.from({ length: GSM_SINGLE_SEGMENT + 1 }, (_, units) => Object.freeze([units]));

/**
 * Orders counts the costliest first: more segments, then less room left in the last one (the
 * closer to costing another: 54 of 70 UCS-2 units before 54 of 160 septets), then more units.
 * A message's worst variant and Compare Translations' worst translation are chosen by it.
 */
export function costlierFirst(a: Pick<SegmentCount, 'segments' | 'remaining' | 'units'>, b: Pick<SegmentCount, 'segments' | 'remaining' | 'units'>): number {
  return b.segments - a.segments || a.remaining - b.remaining || b.units - a.units;
}

/**
 * Counts a plain message. A line break ("\n" or "\r\n") is one LF unit, or two with
 * `lineBreaks: "crlf"`; a lone "\r" is the GSM character CR.
 */
export function countSegments(text: string, options: CountOptions = {}): SegmentCount {
  const crlfMode = options.lineBreaks === 'crlf';
  const length = text.length;
  let septets = 0;
  let gsm = true;
  for (let i = 0; i < length; i++) {
    const cost = septetCost[text.charCodeAt(i)];
    if (cost === 0) {
      gsm = false;
      break;
    }
    septets += cost;
  }
  let crlfPairs = 0;
  let lineFeeds = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lineFeeds++;
    if (i > 0 && text.charCodeAt(i - 1) === CR) crlfPairs++;
  }
  const extraPerBreak = crlfMode ? 1 : 0;
  // A "\r\n" pair was scanned as two characters but is one line break.
  const lineBreakAdjustment = lineFeeds * extraPerBreak - crlfPairs;
  let units: number;
  let characters: number;
  let encoding: Encoding;
  let surrogatePairs = 0;
  if (gsm) {
    encoding = 'GSM-7';
    units = septets + lineBreakAdjustment;
    characters = length - crlfPairs;
  } else {
    encoding = 'UCS-2';
    surrogatePairs = countSurrogatePairs(text);
    units = length + lineBreakAdjustment;
    characters = length - crlfPairs - surrogatePairs;
  }
  const single = gsm ? GSM_SINGLE_SEGMENT : UCS2_SINGLE_SEGMENT;
  if (units <= single) {
    return {
      encoding,
      units,
      segments: units === 0 ? 0 : 1,
      characters,
      unitsPerSegment: single,
      remaining: single - units,
      segmentStarts: units === 0 ? noSegments : firstSegmentStart,
      segmentUnits: units === 0 ? noSegments : singleSegmentUnits[units],
    };
  }
  const perSegment = gsm ? GSM_CONCATENATED_SEGMENT : UCS2_CONCATENATED_SEGMENT;
  const oneUnitPerCodeUnit = crlfPairs === 0 && lineBreakAdjustment === 0 && (gsm ? septets === length : surrogatePairs === 0);
  if (oneUnitPerCodeUnit && options.segmentation !== 'grapheme') {
    // Nothing indivisible spans two code units, so every segment but the last is full.
    const segments = Math.ceil(units / perSegment);
    const segmentStarts: number[] = [];
    const segmentUnits: number[] = [];
    for (let k = 0; k < segments; k++) {
      segmentStarts.push(k * perSegment);
      segmentUnits.push(Math.min(perSegment, units - k * perSegment));
    }
    return {
      encoding,
      units,
      segments,
      characters,
      unitsPerSegment: perSegment,
      remaining: perSegment - segmentUnits[segments - 1],
      segmentStarts,
      segmentUnits,
    };
  }
  const split =
    options.segmentation === 'grapheme'
      ? splitByGraphemes(text, gsm, crlfMode, perSegment)
      : splitByCodePoints(text, 0, length, gsm, crlfMode, perSegment, new SegmentSplit());
  return {
    encoding,
    units,
    segments: split.starts.length,
    characters,
    unitsPerSegment: perSegment,
    remaining: perSegment - split.fill,
    segmentStarts: split.starts,
    segmentUnits: [...split.filled, split.fill],
  };
}

function countSurrogatePairs(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
      pairs++;
      i++;
    }
  }
  return pairs;
}

/** Segment starts being placed: units in the segments already closed, and in the open one. */
class SegmentSplit {
  starts: number[] = [];
  filled: number[] = [];
  fill = 0;

  /** Places an indivisible piece of `cost` units that starts at `offset`. */
  add(offset: number, cost: number, perSegment: number): void {
    if (this.starts.length === 0) {
      this.starts.push(offset);
    } else if (this.fill + cost > perSegment) {
      this.starts.push(offset);
      this.filled.push(this.fill);
      this.fill = 0;
    }
    this.fill += cost;
  }
}

/** Cost in units of the character at `i` and how many code units it spans in the text. */
function pieceAt(text: string, i: number, gsm: boolean, crlfMode: boolean): [cost: number, span: number] {
  const code = text.charCodeAt(i);
  if (code === CR && text.charCodeAt(i + 1) === LF) return [crlfMode ? 2 : 1, 2];
  if (code === LF) return [crlfMode ? 2 : 1, 1];
  if (gsm) return [septetCost[code], 1];
  if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) return [2, 2];
  return [1, 1];
}

// Runs once per character of every long message, so it allocates nothing per character.
function splitByCodePoints(
  text: string,
  from: number,
  to: number,
  gsm: boolean,
  crlfMode: boolean,
  perSegment: number,
  split: SegmentSplit,
): SegmentSplit {
  for (let i = from; i < to; ) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && text.charCodeAt(i + 1) === LF)) {
      const span = code === CR ? 2 : 1;
      if (crlfMode) {
        // CR and LF are two characters on the air: a segment may end between them.
        split.add(i, 1, perSegment);
        split.add(i + span - 1, 1, perSegment);
      } else {
        split.add(i, 1, perSegment);
      }
      i += span;
    } else if (gsm) {
      split.add(i, septetCost[code], perSegment);
      i++;
    } else if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
      split.add(i, 2, perSegment);
      i += 2;
    } else {
      split.add(i, 1, perSegment);
      i++;
    }
  }
  return split;
}

function splitByGraphemes(text: string, gsm: boolean, crlfMode: boolean, perSegment: number): SegmentSplit {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const split = new SegmentSplit();
  for (const { index, segment } of graphemeSegmenter.segment(text)) {
    const end = index + segment.length;
    let cost = 0;
    for (let i = index; i < end; ) {
      const [pieceCost, span] = pieceAt(text, i, gsm, crlfMode);
      cost += pieceCost;
      i += span;
    }
    if (cost > perSegment) splitByCodePoints(text, index, end, gsm, crlfMode, perSegment, split);
    else split.add(index, cost, perSegment);
  }
  return split;
}
