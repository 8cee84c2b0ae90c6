// The message a template sends: the body with each placeholder filled in, and the way back from an
// offset in that message to an offset in the file, and from the file to the message.
import type { Placeholder, Range, Template } from './template';
import { lastIndexAtOrBefore } from '../encoding/utf16';

export interface Piece {
  /** Where the piece starts in the composed message. */
  messageStart: number;
  /** Where it comes from in the file: body text, or the placeholder it fills. */
  fileStart: number;
  length: number;
  placeholder?: Placeholder;
}

export interface ComposedMessage {
  text: string;
  pieces: Piece[];
}

export function composeMessage(template: Template, fill: (placeholder: Placeholder) => string): ComposedMessage {
  const { text: file, bodyStart, bodyEnd, placeholders } = template;
  if (placeholders.length === 0) {
    return {
      text: file.slice(bodyStart, bodyEnd),
      pieces: [{ messageStart: 0, fileStart: bodyStart, length: bodyEnd - bodyStart }],
    };
  }
  const parts: string[] = [];
  const pieces: Piece[] = [];
  let position = bodyStart;
  let messageLength = 0;
  const push = (piece: Piece, text: string) => {
    pieces.push(piece);
    parts.push(text);
    messageLength += text.length;
  };
  for (const placeholder of placeholders) {
    if (placeholder.start > position) {
      push({ messageStart: messageLength, fileStart: position, length: placeholder.start - position }, file.slice(position, placeholder.start));
    }
    const value = fill(placeholder);
    push({ messageStart: messageLength, fileStart: placeholder.start, length: value.length, placeholder }, value);
    position = placeholder.end;
  }
  if (bodyEnd > position) {
    push({ messageStart: messageLength, fileStart: position, length: bodyEnd - position }, file.slice(position, bodyEnd));
  }
  return { text: parts.join(''), pieces };
}

/** The piece of the message that a message offset falls in (the last piece past the end). */
export function pieceAt(message: ComposedMessage, messageOffset: number): Piece | undefined {
  return message.pieces[lastIndexAtOrBefore(message.pieces, (piece) => piece.messageStart, messageOffset)];
}

/** The piece of the message that a file offset in the body falls in. */
export function pieceAtFileOffset(message: ComposedMessage, fileOffset: number): Piece | undefined {
  return message.pieces[lastIndexAtOrBefore(message.pieces, (piece) => piece.fileStart, fileOffset)];
}

/** The file offset of a message offset; inside a filled placeholder, the placeholder's start. */
export function fileOffsetOf(message: ComposedMessage, messageOffset: number): number {
  const piece = pieceAt(message, messageOffset);
  if (!piece) return 0;
  if (piece.placeholder) return messageOffset === piece.messageStart ? piece.fileStart : piece.placeholder.start;
  return piece.fileStart + Math.min(messageOffset - piece.messageStart, piece.length);
}

/** The message offset of a file offset in the body; inside a placeholder, where its value starts. */
export function messageOffsetOf(message: ComposedMessage, fileOffset: number): number {
  const piece = pieceAtFileOffset(message, fileOffset);
  if (!piece) return 0;
  if (fileOffset <= piece.fileStart) return piece.messageStart;
  if (piece.placeholder) {
    return fileOffset < piece.placeholder.end ? piece.messageStart : piece.messageStart + piece.length;
  }
  return piece.messageStart + Math.min(fileOffset - piece.fileStart, piece.length);
}

/**
 * A range of the message mapped back to the file: text that a placeholder filled in maps to the
 * whole placeholder, so a finding inside a variable's example points at `{{name}}`.
 */
export function fileRangeOf(message: ComposedMessage, start: number, end: number): Range {
  const first = pieceAt(message, start);
  if (!first) return { start: 0, end: 0 };
  const fileStart = first.placeholder ? first.placeholder.start : first.fileStart + Math.min(start - first.messageStart, first.length);
  if (end <= start) return { start: fileStart, end: fileStart };
  const last = pieceAt(message, end - 1)!;
  const fileEnd = last.placeholder ? last.placeholder.end : last.fileStart + Math.min(end - last.messageStart, last.length);
  return { start: fileStart, end: Math.max(fileStart, fileEnd) };
}
