// `sms/segments`, shared by the client and the server: one typed RequestType, its params and reply
// written once (as vscode-eslint's customMessages.ts).
import { RequestType } from 'vscode-languageserver-protocol';
import type { Encoding } from '../core/types';

export interface SegmentsParams {
  /** The template's URI, as the editor names it. */
  uri?: unknown;
  /** false leaves out the segments' text (the status bar needs only the counts). */
  pieces?: boolean;
  /** In a locale file: the cursor, to answer for the message under it. */
  position?: SegmentsPosition;
}

export interface SegmentsPosition {
  line: number;
  character: number;
}

/** The message split into its segments, for the status bar and the segments view. */
export interface SegmentsReply {
  uri: string;
  version: number;
  /** In a locale file: the message's key and locale. */
  key?: string;
  locale?: string | null;
  /** The status bar text, e.g. `GSM-7 · 2–3 SMS · 187/306`. */
  label: string;
  /** A sentence with the counts and the worst case. */
  summary: string;
  encoding: Encoding;
  units: number;
  segments: number;
  characters: number;
  capacity: number;
  unitsPerSegment: number;
  remaining: number;
  worstCase: { encoding: Encoding; units: number; segments: number };
  /** What one send takes, worded by the server ("Send: 25,000 recipients × …"); empty without recipients. */
  sending?: string[];
  /** Liquid or Handlebars: the worst path's conditions and its text, when it is not the example's. */
  worstPath?: { conditions: string[]; text: string };
  pieces: { text: string; units: number; start: SegmentsPosition; end: SegmentsPosition }[];
}

/** `sms/segments`: null when the server cannot read the template. */
export namespace SegmentsRequest {
  export const method = 'sms/segments';
  export const type = new RequestType<SegmentsParams | undefined, SegmentsReply | null, void>(method);
}
