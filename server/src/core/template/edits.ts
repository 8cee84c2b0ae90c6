// Text edits at file offsets: applying them, which ones apply together, the file's own line breaks
// in their text, and the count of the message after them (what a fix's title says it changes).
import { analyzeText, type Analysis } from './analysis';
import { firstIndexAfter } from '../encoding/utf16';
import type { Fix, SegmentCount, TextEdit } from '../types';

export type LineBreak = '\n' | '\r\n';

/**
 * Where each line break a fix writes comes from: the file itself, at the place of the edit (the
 * break that ends the line edited, or on a last line without one, the break before it), so that a
 * CRLF file stays CRLF and a file that mixes them keeps each part's. "\n" in a file without any.
 * A lone "\r" is not one: the message counts it as the GSM character CR.
 */
export function lineBreaksOf(text: string): (offset: number) => LineBreak {
  let ends: number[] | undefined;
  return (offset) => {
    if (ends === undefined) {
      ends = [];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) ends.push(i);
    }
    if (ends.length === 0) return '\n';
    // The first line end at or after `offset` (offsets are whole numbers).
    const end = ends[Math.min(firstIndexAfter(ends, (at) => at, offset - 1), ends.length - 1)];
    return text.charCodeAt(end - 1) === 13 ? '\r\n' : '\n';
  };
}

/**
 * The fix with every line break it writes in the file's own (`lineBreaksOf`): where replacement
 * text meets the file, so that neither smslint --fix nor the editor mixes LF into a CRLF file.
 */
export function withLineBreaks(fix: Fix, lineBreakAt: (offset: number) => LineBreak): Fix {
  if (!fix.edits.some((edit) => edit.newText.includes('\n'))) return fix;
  const edits = fix.edits.map((edit) => (edit.newText.includes('\n') ? { ...edit, newText: edit.newText.replace(/\r?\n/g, lineBreakAt(edit.start)) } : edit));
  return { ...fix, edits };
}

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

/** Whether two edits cannot both apply: their ranges overlap. Insertions at one offset can, in order. */
export function editsConflict(a: TextEdit, b: TextEdit): boolean {
  if (sameEdit(a, b)) return false;
  if (a.start === a.end && b.start === b.end) return false;
  return a.start < b.end && b.start < a.end;
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start && a.end === b.end && a.newText === b.newText;
}

/**
 * Sorted edits without overlaps: the first of two overlapping edits wins, an edit given twice is
 * applied once, and insertions at the same offset are all kept in the order given.
 */
export function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  let end = -1;
  for (const edit of sorted) {
    if (edit.start < end) continue;
    if (edit.start === edit.end && insertedAlready(kept, edit)) continue;
    kept.push(edit);
    end = Math.max(end, edit.end);
  }
  return kept;
}

function insertedAlready(kept: readonly TextEdit[], insertion: TextEdit): boolean {
  for (let i = kept.length - 1; i >= 0 && kept[i].start === insertion.start; i--) {
    if (sameEdit(kept[i], insertion)) return true;
  }
  return false;
}

/**
 * The fixes that apply together, in order: a fix whose edits conflict with an earlier one's is left
 * out whole. The edits taken are kept sorted, so each check looks at its neighbours only.
 */
export function compatibleFixes<T>(fixes: readonly T[], editsOf: (fix: T) => readonly TextEdit[] = (fix) => (fix as Fix).edits): T[] {
  const taken: TextEdit[] = [];
  const chosen: T[] = [];
  for (const fix of fixes) {
    const edits = editsOf(fix);
    if (edits.length === 0) continue;
    if (edits.some((edit) => conflictsWithTaken(taken, edit))) continue;
    for (const edit of edits) taken.splice(insertionIndex(taken, edit), 0, edit);
    chosen.push(fix);
  }
  return chosen;
}

/** Where `edit` goes in edits sorted by start then end (after those equal to it). */
function insertionIndex(sorted: readonly TextEdit[], edit: TextEdit): number {
  let low = 0;
  let high = sorted.length;
  // Fixes mostly come in text order: the end is the usual place.
  if (high > 0 && compareEdits(sorted[high - 1], edit) <= 0) return high;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareEdits(sorted[middle], edit) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function compareEdits(a: TextEdit, b: TextEdit): number {
  return a.start - b.start || a.end - b.end;
}

// Taken edits do not overlap one another, so their ends rise with their starts: the edits that can
// overlap `edit` sit right around where it would go.
function conflictsWithTaken(taken: readonly TextEdit[], edit: TextEdit): boolean {
  const at = insertionIndex(taken, edit);
  for (let i = at - 1; i >= 0 && taken[i].end >= edit.start; i--) {
    if (editsConflict(taken[i], edit)) return true;
    if (taken[i].start < edit.start && taken[i].end <= edit.start) break;
  }
  for (let i = at; i < taken.length && taken[i].start <= edit.end; i++) {
    if (editsConflict(taken[i], edit)) return true;
  }
  return false;
}

/** Counts the message the template would send after `edits` (one re-parse: call it sparingly). */
export function countAfterEdits(analysis: Analysis, edits: readonly TextEdit[]): SegmentCount {
  return analyzeText(applyEdits(analysis.template.text, edits), analysis.settings).count;
}
