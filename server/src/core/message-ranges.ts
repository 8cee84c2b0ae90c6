// Maps a range of the composed message back to the file: text that a placeholder filled in maps to
// the whole placeholder, so a finding inside a variable's example points at `{{name}}`.
import type { ComposedMessage } from './message';
import type { Range } from './template';

type Piece = ComposedMessage['pieces'][number];

function pieceAt(message: ComposedMessage, messageOffset: number): Piece | undefined {
  const { pieces } = message;
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (pieces[middle].messageStart <= messageOffset) low = middle;
    else high = middle - 1;
  }
  return pieces[low];
}

export function fileRangeOf(message: ComposedMessage, start: number, end: number): Range {
  const first = pieceAt(message, start);
  if (!first) return { start: 0, end: 0 };
  const fileStart = first.placeholder ? first.placeholder.start : first.fileStart + Math.min(start - first.messageStart, first.length);
  if (end <= start) return { start: fileStart, end: fileStart };
  const last = pieceAt(message, end - 1)!;
  const fileEnd = last.placeholder ? last.placeholder.end : last.fileStart + Math.min(end - last.messageStart, last.length);
  return { start: fileStart, end: Math.max(fileStart, fileEnd) };
}
