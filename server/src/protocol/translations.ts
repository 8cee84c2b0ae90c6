// `sms/compareTranslations`, shared by the client and the server: one typed RequestType, its params
// and reply written once (as segments.ts).
import { RequestType } from 'vscode-languageserver-protocol';
import type { Encoding } from '../core/types';
import type { SegmentsPosition } from './segments';

export interface TranslationsParams {
  /** The locale file's URI, as the editor names it. */
  uri?: unknown;
  /** The cursor: the message under it is compared (the file's first position when absent). */
  position?: SegmentsPosition;
}

/** One locale's translation of the key. */
export interface TranslationRow {
  uri: string;
  locale: string | null;
  encoding: Encoding;
  units: number;
  segments: number;
  worstCase: { encoding: Encoding; units: number; segments: number };
  /** The message's value in that file. */
  range: { start: SegmentsPosition; end: SegmentsPosition };
}

/** The key under the cursor in every file of its source (every locale), the worst translation first. */
export interface TranslationsReply {
  key: string;
  rows: TranslationRow[];
  /** Why there are no rows: the editor cannot list the source's files there (the browser build). */
  unavailable?: string;
}

/** `sms/compareTranslations`: null when the document is not a locale file that a source names, or no message is under the cursor. */
export namespace CompareTranslationsRequest {
  export const method = 'sms/compareTranslations';
  export const type = new RequestType<TranslationsParams | undefined, TranslationsReply | null, void>(method);
}
