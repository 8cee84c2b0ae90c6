// Standard input for the language server, passed on one whole LSP message at a time. A header
// without a usable Content-Length (missing, not a number, absurdly large) is dropped up to the
// next header, so one badly framed message does not stall every message after it.
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
const HEADER_NAMES = [Buffer.from('Content-Length'), Buffer.from('content-length')];
/** Larger than any template an editor would send; a larger length is taken as a framing error. */
const MAX_CONTENT_LENGTH = 256 * 1024 * 1024;
/** A header block longer than this without its blank line is noise. */
const MAX_HEADER_LENGTH = 8 * 1024;

export class LspFrameFilter extends Transform {
  private pending: Buffer = Buffer.alloc(0);
  /** Chunks of a long body still arriving, joined once it is complete rather than chunk by chunk. */
  private arriving: Buffer[] = [];
  private arrivingBytes = 0;
  /** Bytes `pending` must hold before the message it starts is complete (0 when not known). */
  private awaited = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.pending.length + this.arrivingBytes + chunk.length < this.awaited) {
      this.arriving.push(chunk);
      this.arrivingBytes += chunk.length;
    } else {
      this.pending = Buffer.concat([this.pending, ...this.arriving, chunk]);
      this.arriving = [];
      this.arrivingBytes = 0;
      this.passWholeMessages();
    }
    done();
  }

  private passWholeMessages(): void {
    this.awaited = 0;
    for (;;) {
      const headerEnd = this.pending.indexOf(HEADER_END);
      if (headerEnd === -1) {
        if (this.pending.length > MAX_HEADER_LENGTH && this.skipToNextHeader()) continue;
        return;
      }
      const length = contentLengthOf(this.pending.subarray(0, headerEnd).toString('latin1'));
      if (length === undefined) {
        if (this.skipToNextHeader()) continue;
        return;
      }
      const bodyStart = headerEnd + HEADER_END.length;
      if (this.pending.length < bodyStart + length) {
        this.awaited = bodyStart + length;
        return;
      }
      // A clean header: whatever else the sender put in it cannot trip the reader.
      this.push(Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'latin1'));
      this.push(this.pending.subarray(bodyStart, bodyStart + length));
      this.pending = this.pending.subarray(bodyStart + length);
    }
  }

  /**
   * Drops the bytes before the next header name and says whether there is one; without one, keeps
   * only a tail short enough to be the start of a name still arriving.
   */
  private skipToNextHeader(): boolean {
    const starts = HEADER_NAMES.map((name) => this.pending.indexOf(name, 1)).filter((at) => at !== -1);
    if (starts.length > 0) {
      this.pending = this.pending.subarray(Math.min(...starts));
      return true;
    }
    const tail = this.pending.subarray(Math.max(0, this.pending.length - HEADER_NAMES[0].length + 1));
    const lineEnd = tail.lastIndexOf(0x0a);
    this.pending = Buffer.from(lineEnd === -1 ? tail : tail.subarray(lineEnd + 1));
    return false;
  }
}

function contentLengthOf(header: string): number | undefined {
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon === -1 || line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,10}$/.test(value)) return undefined;
    const length = Number(value);
    return length <= MAX_CONTENT_LENGTH ? length : undefined;
  }
  return undefined;
}
