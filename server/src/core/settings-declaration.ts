// Every `sms.*` setting declared once: key, type, default, wording and validation. resolveSettings
// checks values with it, and scripts/generate-settings.mjs writes package.json's
// `contributes.configuration` and schemas/smslintrc.schema.json from it (settings-schema.ts).
import { senderTypes, syntaxSettings } from './types';
import { useCases, vettingScoreRange } from './sending/send-limits';

/** The value a setting takes; `null` defaults mean "no default" (the editor shows the setting unset). */
export type SettingValue =
  | { type: 'integer'; default: number | null; minimum: number; maximum?: number }
  | { type: 'number'; default: number | null; minimum: number }
  | { type: 'boolean'; default: boolean }
  /** A non-empty text. */
  | { type: 'text'; default: string }
  /** One of `values`; `ignoreCase`: "Toll-Free" is taken as "toll-free". */
  | { type: 'enum'; default: string | null; values: readonly string[]; enumDescriptions?: readonly string[]; ignoreCase?: boolean }
  /** ISO 3166-1 alpha-2 codes: one, or a non-empty list; any case, kept in capitals. */
  | { type: 'countries'; default: readonly string[] }
  /** Host names, kept trimmed and in lower case. */
  | { type: 'hosts'; default: readonly string[] }
  /** Rule id → severity. */
  | { type: 'severities'; default: Readonly<Record<string, never>> };

export type SettingDeclaration = SettingValue & {
  /** Without the `sms.` prefix; a dot names a key inside an object (`shorteners.extra` is `{ "shorteners": { "extra": … } }`). */
  key: string;
  markdownDescription: string;
  /** How a problem names what the setting takes: "`sms.maxLength`: 0 is not <expected>". */
  expected?: string;
  /** Only the editor has it: not a `.smslintrc.json` key, not in the engine's settings. */
  editorOnly?: true;
  /** VS Code's scope; `resource` unless said. */
  scope?: 'window' | 'resource';
};

/** The objects that hold nested settings, with their own wording (for the `.smslintrc.json` schema). */
export const settingGroups: Readonly<Record<string, { markdownDescription: string }>> = {
  shorteners: { markdownDescription: 'Public URL shorteners besides the built-in list.' },
  inlayHints: { markdownDescription: 'Inlay hints in the editor.' },
  sending: {
    markdownDescription:
      'What one send of a template takes: recipients, numbers, 10DLC vetting score and use case, your price per segment. Nothing is assumed: a value not given is not used. A template\'s front matter `sending` overrides these key by key.',
  },
};

/** A host name such as `sho.rt` or `go.example.com` (checked on the trimmed text). */
export const hostNamePattern = /^[a-z0-9.-]+\.[a-z0-9-]+$/i;

export const severityDescriptions: readonly string[] = [
  'The rule does not run.',
  'Shown as a hint (faint dots in the editor).',
  'Reported as information.',
  'Reported as a warning.',
  'Reported as an error: smslint exits with 1.',
];

export const settingDeclarations: readonly SettingDeclaration[] = [
  {
    key: 'maxSegments',
    type: 'integer',
    default: 2,
    minimum: 1,
    markdownDescription:
      "Most segments a message may take before `segment-overflow` reports it (the worst case included). A template's front matter `maxSegments` overrides it.",
  },
  {
    key: 'maxLength',
    type: 'integer',
    default: 320,
    minimum: 1,
    markdownDescription: "Most characters before `message-length` reports a message. 320 is the SMS FAQ's recommendation for reliable delivery.",
  },
  {
    key: 'sender',
    type: 'enum',
    default: 'unspecified',
    values: ['unspecified', ...senderTypes],
    ignoreCase: true,
    expected: `one of unspecified, ${senderTypes.join(', ')}`,
    enumDescriptions: [
      'Sender type not known: sender-specific rules do not run.',
      '10DLC: a US 10-digit long code registered for application-to-person messaging.',
      'A toll-free number (+1 800/833/844/855/866/877/888).',
      'A 5- or 6-digit short code.',
      'An alphanumeric sender ID (1–11 letters, digits and spaces); recipients cannot reply.',
    ],
    markdownDescription:
      'How templates are sent when their front matter has no `sender`: decides the sender-specific rules (opt-out, sender ID format, destinations).',
  },
  {
    key: 'to',
    type: 'countries',
    default: ['US'],
    expected: 'a list of ISO 3166-1 alpha-2 country codes',
    markdownDescription: "Destination countries (ISO 3166-1 alpha-2 codes, e.g. `[\"US\", \"CA\"]`) when a template's front matter has no `to`.",
  },
  {
    key: 'optOutText',
    type: 'text',
    default: 'Reply STOP to opt out.',
    expected: 'a non-empty text',
    markdownDescription: 'Text that the `missing-opt-out` quick fix appends to a message.',
  },
  {
    key: 'rules',
    type: 'severities',
    default: {},
    expected: 'an object of rule id → severity',
    markdownDescription:
      "Severity per rule id, over each rule's default: `off`, `hint`, `info`, `warning` or `error`. For example `{ \"message-length\": \"off\" }`. See the [rule list](https://github.com/sms-templates/vscode-sms-templates/blob/main/docs/rules.md).",
  },
  {
    key: 'shorteners.extra',
    type: 'hosts',
    default: [],
    expected: 'a list of host names such as "short.example"',
    markdownDescription: 'More host names that `public-url-shortener` treats as public URL shorteners, e.g. `["sho.rt"]`. Subdomains are included.',
  },
  {
    key: 'lineBreaks',
    type: 'enum',
    default: 'lf',
    values: ['lf', 'crlf'],
    expected: '"lf" or "crlf"',
    enumDescriptions: ['Each line break is sent as LF: one unit.', 'Each line break is sent as CR LF: two units.'],
    markdownDescription: "How a line break is sent: `lf` counts one unit, `crlf` two (for senders that send CR LF). The file's own line endings do not matter.",
  },
  {
    key: 'segmentation',
    type: 'enum',
    default: 'code-point',
    values: ['code-point', 'grapheme'],
    expected: '"code-point" or "grapheme"',
    enumDescriptions: [
      'The 3GPP rule: a segment may end between any two code points (never inside an escape sequence or a surrogate pair).',
      'Keep whole grapheme clusters (ZWJ emoji, flags, combining marks) in one segment, as some handsets and providers do.',
    ],
    markdownDescription:
      'Where segments may split: `code-point` is the 3GPP rule; `grapheme` keeps whole grapheme clusters (ZWJ emoji, flags, combining marks) in one segment, as some handsets and providers do.',
  },
  {
    key: 'defaultVariableLength',
    type: 'integer',
    default: 20,
    minimum: 0,
    markdownDescription: 'Characters an undeclared `{{variable}}` (or one with neither `example` nor `maxLength`) counts as.',
  },
  {
    key: 'inlayHints.segmentBoundaries',
    type: 'boolean',
    default: true,
    markdownDescription: 'Show an inlay hint where each new segment starts.',
  },
  {
    key: 'sending.recipients',
    type: 'integer',
    default: null,
    minimum: 1,
    markdownDescription:
      "People one send of a template goes to. With it, the hover, the segments view and the status bar say what one send takes (message units, time, 10DLC daily caps, cost), `daily-cap` checks 10DLC sends, and fix titles say what they save per send. A template's front matter `sending.recipients` overrides it.",
  },
  {
    key: 'sending.numbers',
    type: 'integer',
    default: null,
    minimum: 1,
    markdownDescription:
      'Toll-free numbers or short codes a send is spread over: their rate limits (200 and 6,000 message units a minute) are per number. Not used for alphanumeric sender IDs (600 a minute per resource) or 10DLC (daily caps per brand).',
  },
  {
    key: 'sending.vettingScore',
    type: 'integer',
    default: null,
    minimum: vettingScoreRange.min,
    maximum: vettingScoreRange.max,
    markdownDescription: 'The 10DLC brand\'s vetting score (1–100): decides T-Mobile\'s and AT&T\'s daily caps (the SMS FAQ\'s "Rate limits for 10DLC").',
  },
  {
    key: 'sending.useCase',
    type: 'enum',
    default: null,
    values: useCases,
    markdownDescription:
      "The 10DLC campaign's use case: `dedicated` (AT&T classes A, C, E), `mixed` or `marketing` (classes B, D, F), `low-volume` (low-volume mixed: AT&T class T, T-Mobile's standard tier).",
  },
  {
    key: 'sending.pricePerSegment',
    type: 'number',
    default: null,
    minimum: 0,
    markdownDescription: 'What one segment costs you, in your currency. Carrier fees change, so there is no default: without it no cost is shown.',
  },
  {
    key: 'registered',
    type: 'boolean',
    default: false,
    markdownDescription:
      "The sender's registration or verification is done (toll-free verification, 10DLC brand and campaign, alphanumeric sender ID to GB or IE): silences `sender-registration`. A template's front matter `registered` overrides it.",
  },
  {
    key: 'syntax',
    type: 'enum',
    default: 'detect',
    values: syntaxSettings,
    ignoreCase: true,
    expected: `one of ${syntaxSettings.map((s) => `"${s}"`).join(', ')}`,
    enumDescriptions: [
      "From each template's body: Liquid when it has `{% %}` tags or `|` filters, Handlebars when it has `{{#…}}`, `{{/…}}`, `{{else}}` or `{{!…}}`, otherwise plain.",
      '`{{name}}` placeholders only; everything else is text.',
      'Liquid (Braze, Customer.io, Shopify, platformOS): filters, `{% if %}`, `{% for %}`, `{% assign %}`.',
      'Handlebars (Iterable, AWS Pinpoint): helpers, `{{#if}}`, `{{#each}}`.',
    ],
    markdownDescription:
      "The template dialect when a template's front matter has no `syntax`: `detect` (from the body), `plain`, `liquid` or `handlebars`. Every branch of a Liquid or Handlebars conditional is counted; the worst case is the costliest path.",
  },
  {
    key: 'trace.server',
    type: 'enum',
    default: 'off',
    values: ['off', 'messages', 'verbose'],
    editorOnly: true,
    scope: 'window',
    markdownDescription: 'Traces the communication between VS Code and the SMS language server, in the Output panel.',
  },
];

/** The settings the engine has (every declaration but the editor's own). */
export const engineSettingDeclarations = settingDeclarations.filter((declaration) => !declaration.editorOnly);

/** The top-level keys of the engine's settings (also the settings keys of `.smslintrc.json`), in order. */
export const settingKeyNames: readonly string[] = [...new Set(engineSettingDeclarations.map((declaration) => declaration.key.split('.')[0]))];
