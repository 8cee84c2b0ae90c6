// The "show segments" view's text, worded here rather than in the client: a summary line, then
// each segment as sent with its units and the line it starts on.
import type { Encoding } from '../types';
import { unitsName } from '../wording';

/** What the view shows: the fields of the `sms/segments` reply it reads. */
export interface SegmentsViewInput {
  label: string;
  encoding: Encoding;
  characters: number;
  segments: number;
  unitsPerSegment: number;
  worstCase: { encoding: Encoding; units: number; segments: number };
  sending?: string[];
  worstPath?: { conditions: string[]; text: string };
  pieces: { text: string; units: number; start: { line: number } }[];
}

export function segmentsViewText(reply: SegmentsViewInput): string {
  const unit = unitsName(reply.encoding);
  const worst = reply.worstCase;
  const lines = [
    `${reply.label} ${unit} · ${reply.characters} characters`,
    `Worst case (every variable at its longest): ${worst.encoding} · ${worst.units} units · ${worst.segments} SMS`,
    ...(reply.sending ?? []),
    '',
  ];
  if (reply.worstPath) {
    lines.push(`── Worst path: where ${reply.worstPath.conditions.join(', ')} ──`, reply.worstPath.text, '');
    lines.push('── Example path ──');
  }
  reply.pieces.forEach((piece, index) => {
    lines.push(`── Segment ${index + 1} of ${reply.segments} · ${piece.units}/${reply.unitsPerSegment} ${unit} · line ${piece.start.line + 1} ──`);
    lines.push(piece.text, '');
  });
  if (reply.pieces.length === 0) lines.push('(empty message: nothing is sent)');
  return lines.join('\n');
}
