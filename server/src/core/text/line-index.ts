// Turns file offsets into LSP-style positions (0-based line, UTF-16 character). Lines end as in LSP:
// at "\r\n", "\n" or a lone "\r", so smslint's ranges, the config file's problems and the language
// server's agree.
import { lastIndexAtOrBefore } from '../encoding/utf16';
export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (code === 10) {
        this.lineStarts.push(i + 1);
      }
    }
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = lastIndexAtOrBefore(this.lineStarts, (start) => start, clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }
}
