// Plain data shared by the engine, the rules and their callers. Offsets are UTF-16 indexes into the
// file's text (`start`/`end`, end exclusive); counted units (septets or UCS-2 units) are `units`.
import type { SendingInput } from './sending/sending';
import type { RuleId } from './rules/rule-ids';

export type Severity = 'off' | 'hint' | 'info' | 'warning' | 'error';
export const severities: readonly Severity[] = ['off', 'hint', 'info', 'warning', 'error'];

export type Encoding = 'GSM-7' | 'UCS-2';
export type SenderType = '10dlc' | 'toll-free' | 'short-code' | 'alphanumeric';
export const senderTypes: readonly SenderType[] = ['10dlc', 'toll-free', 'short-code', 'alphanumeric'];

export type Segmentation = 'code-point' | 'grapheme';
/** The template dialect setting: one dialect for every template, or `detect` from each body. */
export type SyntaxSetting = 'detect' | 'plain' | 'liquid' | 'handlebars';
export const syntaxSettings: readonly SyntaxSetting[] = ['detect', 'plain', 'liquid', 'handlebars'];
export type LineBreaks = 'lf' | 'crlf';

export interface CountOptions {
  /** "grapheme" keeps whole grapheme clusters in one segment; "code-point" is the 3GPP rule. */
  segmentation?: Segmentation;
  /** "crlf" counts each line break as two units (CR LF) instead of one (LF). */
  lineBreaks?: LineBreaks;
}

export interface SegmentCount {
  encoding: Encoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
  /** Code points, a line break counting as one. */
  characters: number;
  /** Units one segment holds: 160 or 70 for a single segment, 153 or 67 once concatenated. */
  unitsPerSegment: number;
  /** Units left before the next segment starts. */
  remaining: number;
  /** Offset in the counted text where each segment starts (empty for an empty text). */
  segmentStarts: readonly number[];
  /** Units in each segment, parallel to segmentStarts. */
  segmentUnits: readonly number[];
}

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * A fix and its safety, as Ruff has it: `safe` when the recipient reads the same text afterwards
 * (a look-alike, a canonical composition), so it may be applied unasked (--fix, Fix all, on save);
 * unsafe when it changes what they read (spelling, added wording) or guesses (a declared maxLength):
 * offered, marked, and applied only on request (--fix --unsafe-fixes, the light bulb).
 */
export interface Fix {
  title: string;
  safe: boolean;
  edits: TextEdit[];
}

/** What a rule reports: plain data with file offsets; severity is applied by the caller. */
export interface Finding {
  start: number;
  end: number;
  message: string;
  fix?: Fix;
}

export interface Diagnostic extends Finding {
  /** The rule that reports it (a locale file's own problems are invalid-template's). */
  rule: RuleId;
  severity: Exclude<Severity, 'off'>;
}

/** The effective settings for one template, with the same keys as the `sms.*` settings. */
export interface Settings {
  /** More segments than this raise segment-overflow. */
  maxSegments: number;
  /** More characters than this raise message-length. */
  maxLength: number;
  /** The sender type when a template's front matter does not name one. */
  sender: SenderType | 'unspecified';
  /** Destination countries when a template's front matter does not name them. */
  to: string[];
  /** Text the missing-opt-out fix appends. */
  optOutText: string;
  /** Rule id → severity, over each rule's default. */
  rules: Record<string, Severity>;
  shorteners: {
    /** Hosts flagged by public-url-shortener besides the built-in list. */
    extra: string[];
  };
  lineBreaks: LineBreaks;
  segmentation: Segmentation;
  /** Length an undeclared variable counts as. */
  defaultVariableLength: number;
  inlayHints: {
    /** Show where each new segment starts. */
    segmentBoundaries: boolean;
  };
  /** What one send takes (recipients, numbers, vetting score, use case, price); nothing assumed. */
  sending: SendingInput;
  /** The sender's registration or verification is done: silences sender-registration. */
  registered: boolean;
  /** The template dialect when a template's front matter names none (`detect`: from the body). */
  syntax: SyntaxSetting;
}

/**
 * The configuration one template is linted with, built once per analysis (template/analysis.ts
 * `effectiveSettings`): its front matter (for a locale file: its source's template keys) over the
 * settings, which are `.smslintrc.json` over the editor's `sms.*` over the defaults. Rules read this,
 * not the front matter's raw keys.
 */
export interface EffectiveSettings extends Settings {
  /** Front matter `unicode: true`: UCS-2 is intended (silences non-gsm-character). */
  unicode: boolean;
}

/** One invalid setting, where it is in the settings object and what is wrong with it. */
export interface SettingProblem {
  /** Keys from the top of the settings object (or of `.smslintrc.json`, where list items count from 0), e.g. `['rules', 'message-length']`; empty: the whole object. */
  path: (string | number)[];
  /** Whether the key itself is wrong (an unknown one) or its value. */
  target: 'key' | 'value';
  /** In words, naming the setting as `.smslintrc.json` writes it (no `sms.` prefix), e.g. `maxLength: 0 is not …`. */
  message: string;
}
