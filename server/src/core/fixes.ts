// Applying fixes, and fixes that combine others ("fix all"), titled with what they do to the cost.
import { analyzeText, type Analysis } from './analysis';
import type { Fix, SegmentCount, TextEdit } from './types';

/** Applies non-overlapping edits; an edit that overlaps an earlier one is skipped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = nonOverlapping(edits);
  let result = '';
  let position = 0;
  for (const edit of sorted) {
    result += text.slice(position, edit.start) + edit.newText;
    position = edit.end;
  }
  return result + text.slice(position);
}

/** Sorted edits without overlaps (the first of two overlapping edits wins). */
export function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  let end = -1;
  for (const edit of sorted) {
    if (edit.start < end || (edit.start === end && edit.start === edit.end && kept.length > 0 && kept[kept.length - 1].start === edit.start)) continue;
    kept.push(edit);
    end = edit.end;
  }
  return kept;
}

export function segmentsLabel(count: Pick<SegmentCount, 'segments'>): string {
  return count.segments === 1 ? '1 segment' : `${count.segments} segments`;
}

/** Counts the message the template would send after `edits` (one re-parse: call it sparingly). */
export function countAfterEdits(analysis: Analysis, edits: readonly TextEdit[]): SegmentCount {
  return analyzeText(applyEdits(analysis.template.text, edits), analysis.settings).count;
}

/** One fix made of several, titled with the segment count before and after. */
export function combineFixes(analysis: Analysis, fixes: readonly Fix[], what: string): Fix | undefined {
  const edits = nonOverlapping(fixes.flatMap((fix) => fix.edits));
  if (edits.length === 0) return undefined;
  const after = countAfterEdits(analysis, edits);
  const before = analysis.count;
  const effect =
    after.segments === before.segments
      ? `${after.encoding === before.encoding ? '' : after.encoding + ': '}still ${segmentsLabel(after)}`
      : `${after.encoding}: ${segmentsLabel(after)} instead of ${before.segments}`;
  return { title: `${what} — ${effect}`, edits };
}
