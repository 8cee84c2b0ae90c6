// The message a template sends: the body with each placeholder filled in, and the way back from an
// offset in that message to an offset in the file.
import type { Placeholder, Template } from './template';

interface Piece {
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

/** The file offset of a message offset; inside a filled placeholder, the placeholder's start. */
export function fileOffsetOf(message: ComposedMessage, messageOffset: number): number {
  const { pieces } = message;
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (pieces[middle].messageStart <= messageOffset) low = middle;
    else high = middle - 1;
  }
  const piece = pieces[low];
  if (!piece) return 0;
  if (piece.placeholder) return messageOffset === piece.messageStart ? piece.fileStart : piece.placeholder.start;
  return piece.fileStart + Math.min(messageOffset - piece.messageStart, piece.length);
}
