// The one builder of the `sms/segments` reply, for a template and for the message under the cursor
// in a locale file: the segment view's counts and words, and the segments' text at file positions.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Analysis, segmentView } from '../core';
import type { SegmentsReply } from '../protocol/segments';

export interface SegmentsReplyOptions {
  /** Whether to list the segments' text (the status bar needs only the counts). */
  pieces: boolean;
  /** In a locale file: the file offset of an offset in the message's template (where a segment starts in the file). */
  fileOffsetOf?: (templateOffset: number) => number;
  /** In a locale file: the message's key and locale, which lead the label and the summary. */
  message?: { key: string; locale: string | null };
}

export function segmentsReplyOf(document: TextDocument, analysis: Analysis, options: SegmentsReplyOptions): SegmentsReply {
  const view = segmentView(analysis);
  const at = options.fileOffsetOf ?? ((offset: number) => offset);
  const { count } = analysis;
  const where = options.message && `${options.message.key} [${options.message.locale ?? 'default'}]`;
  return {
    uri: document.uri,
    version: document.version,
    ...(options.message ? { key: options.message.key, locale: options.message.locale } : {}),
    label: where ? `${where} · ${view.label}` : view.label,
    summary: where ? `${where}: ${view.summary}` : view.summary,
    encoding: view.encoding,
    units: view.units,
    segments: view.segments,
    characters: count.characters,
    capacity: view.capacity,
    unitsPerSegment: view.unitsPerSegment,
    remaining: count.remaining,
    worstCase: view.worstCase,
    sending: view.sending,
    ...(view.worstPath ? { worstPath: view.worstPath } : {}),
    pieces: options.pieces
      ? view.pieces.map((piece) => ({ text: piece.text, units: piece.units, start: document.positionAt(at(piece.start)), end: document.positionAt(at(piece.end)) }))
      : [],
  };
}
