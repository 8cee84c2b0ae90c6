// A message split into its segments, as the status bar, the "show segments" view and the
// segment-boundary inlay hints present it. Message offsets (in the text as sent, variables filled
// with their examples) are mapped back to file offsets here and nowhere else in the editor code.
import type { Analysis } from '../template/analysis';
import { capacityOf, costLabel } from './cost-label';
import { fileOffsetOf, messageOffsetOf, pieceAt } from '../template/message';
import { lastIndexAtOrBefore } from '../encoding/utf16';
import type { Placeholder } from '../template/template';
import type { Encoding } from '../types';
import { sendLines } from '../sending/sending';
import { segmentsLabel, unitsLabel } from '../wording';

export interface SegmentPiece {
  /** The segment's text as sent, variables filled with their examples. */
  text: string;
  /** Septets (GSM-7) or UCS-2 units in the segment. */
  units: number;
  /** File offsets of the template text the segment comes from. */
  start: number;
  end: number;
}

export interface SegmentView {
  encoding: Encoding;
  units: number;
  segments: number;
  /** Units the message's segments hold together: 160 for one GSM-7 segment, 306 for two. */
  capacity: number;
  /** Units one of its segments holds: 160/70 alone, 153/67 once concatenated. */
  unitsPerSegment: number;
  worstCase: { encoding: Encoding; units: number; segments: number };
  /** Liquid or Handlebars: the conditions of the worst path and its text as sent, when it is not the example's path. */
  worstPath?: { conditions: string[]; text: string };
  /** The status bar text: `GSM-7 · 2 SMS · 187/306`, `GSM-7 · 2–3 SMS · 187/306` when the worst case differs. */
  label: string;
  /** One sentence for a tooltip: the counts, the characters and the worst case (and the send lines). */
  summary: string;
  /** What one send takes, as written and in the worst case ("Send: 25,000 recipients × …"); empty without recipients. */
  sending: string[];
  pieces: SegmentPiece[];
}

export interface SegmentBoundary {
  /** File offset where the segment starts (a placeholder's start when it starts inside one). */
  offset: number;
  /** 1-based number of the segment that starts here (2 for the first boundary). */
  segment: number;
  encoding: Encoding;
  unitsPerSegment: number;
  /** The placeholder whose example the boundary falls inside, if it does. */
  insidePlaceholder?: Placeholder;
  /** `worst`: a boundary of the worst path (Liquid or Handlebars, when it differs from the example's path). */
  path?: 'worst';
}

export function segmentView(analysis: Analysis): SegmentView {
  const { count, worstCount, message, template } = analysis;
  const sending = sendLines(analysis.sender, analysis.sending, count.segments, worstCount.segments).map(({ label, text }) => `${label}: ${text.replace(/`/g, '')}.`);
  const pieces: SegmentPiece[] = [];
  for (let i = 0; i < count.segmentStarts.length; i++) {
    const messageStart = count.segmentStarts[i];
    const messageEnd = i + 1 < count.segmentStarts.length ? count.segmentStarts[i + 1] : message.text.length;
    pieces.push({
      text: message.text.slice(messageStart, messageEnd),
      units: count.segmentUnits[i],
      start: fileOffsetOf(message, messageStart),
      end: i + 1 < count.segmentStarts.length ? fileOffsetOf(message, messageEnd) : template.bodyEnd,
    });
  }
  return {
    encoding: count.encoding,
    units: count.units,
    segments: count.segments,
    capacity: capacityOf(count),
    unitsPerSegment: count.unitsPerSegment,
    worstCase: { encoding: worstCount.encoding, units: worstCount.units, segments: worstCount.segments },
    label: costLabel(count, worstCount),
    ...(analysis.dialect?.worstDiffers ? { worstPath: { conditions: [...new Set(analysis.dialect.worstLabels)], text: analysis.worstMessage.text } } : {}),
    summary:
      `${count.encoding}: ${count.units} of ${capacityOf(count)} units in ${segmentsLabel(count)}, ${count.characters} characters. ` +
      `Worst case (every variable at its longest${worstPathLabel(analysis)}): ${worstCount.encoding}, ${worstCount.units} units, ${segmentsLabel(worstCount)}.` +
      sending.map((line) => ' ' + line).join(''),
    sending,
    pieces,
  };
}

function worstPathLabel(analysis: Analysis): string {
  return analysis.dialect?.worstDiffers ? `, on the path where ${[...new Set(analysis.dialect.worstLabels)].join(', ')}` : '';
}

/**
 * Where each segment after the first starts, in file offsets: on the example's path, then (Liquid
 * or Handlebars, when the worst path differs) on the worst path, where such a boundary falls inside
 * literal text of that path and the example has no boundary of that number at that offset.
 */
export function segmentBoundaries(analysis: Analysis): SegmentBoundary[] {
  const boundaries = exampleBoundaries(analysis);
  const { dialect, worstCount, worstMessage } = analysis;
  if (!dialect?.worstDiffers || worstMessage === analysis.message) return boundaries;
  const taken = new Set(boundaries.map((boundary) => `${boundary.segment}@${boundary.offset}`));
  const worstOffsets = new Set<number>();
  for (let i = 1; i < worstCount.segmentStarts.length; i++) {
    const messageOffset = worstCount.segmentStarts[i];
    const piece = pieceAt(worstMessage, messageOffset);
    // Inside an output the file has no place for it (the tag stands for the whole value).
    if (!piece || piece.placeholder || messageOffset >= piece.messageStart + piece.length) continue;
    const offset = fileOffsetOf(worstMessage, messageOffset);
    // A loop body repeats one file range: its first boundary there is the one shown.
    if (taken.has(`${i + 1}@${offset}`) || worstOffsets.has(offset)) continue;
    worstOffsets.add(offset);
    boundaries.push({ offset, segment: i + 1, encoding: worstCount.encoding, unitsPerSegment: worstCount.unitsPerSegment, path: 'worst' });
  }
  return boundaries;
}

/** The inlay hint of a boundary: `│2` on the example's path, `│2 worst` on the worst path. */
export function boundaryHint(boundary: SegmentBoundary): { label: string; tooltip: string } {
  const perSegment = unitsLabel(boundary.encoding, boundary.unitsPerSegment);
  if (boundary.path === 'worst') return { label: `│${boundary.segment} worst`, tooltip: `worst case: segment ${boundary.segment} starts here: ${perSegment} per segment` };
  const where = boundary.insidePlaceholder ? `inside {{${boundary.insidePlaceholder.name}}} (its example)` : 'here';
  return { label: `│${boundary.segment}`, tooltip: `segment ${boundary.segment} starts ${where}: ${perSegment} per segment` };
}

function exampleBoundaries(analysis: Analysis): SegmentBoundary[] {
  const { count, message } = analysis;
  const boundaries: SegmentBoundary[] = [];
  for (let i = 1; i < count.segmentStarts.length; i++) {
    const messageOffset = count.segmentStarts[i];
    const piece = pieceAt(message, messageOffset);
    const boundary: SegmentBoundary = {
      offset: fileOffsetOf(message, messageOffset),
      segment: i + 1,
      encoding: count.encoding,
      unitsPerSegment: count.unitsPerSegment,
    };
    if (piece?.placeholder && messageOffset > piece.messageStart) boundary.insidePlaceholder = piece.placeholder;
    boundaries.push(boundary);
  }
  return boundaries;
}

/** The 0-based segment that the text at a file offset is sent in (the last one past the end). */
export function segmentIndexAt(analysis: Analysis, fileOffset: number): number {
  const starts = analysis.count.segmentStarts;
  if (starts.length === 0) return -1;
  const messageOffset = messageOffsetOf(analysis.message, fileOffset);
  return lastIndexAtOrBefore(starts, (start) => start, messageOffset);
}
