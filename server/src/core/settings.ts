// The `sms.*` settings (also the keys of `.smslintrc.json`): defaults, and validation that falls
// back to the default for each invalid value and says which one it replaced.
import { isRuleId } from './rules/rule-ids';
import { senderTypes, severities, syntaxSettings, type Settings, type Severity, type SyntaxSetting } from './types';
import { countryCodes } from './sending/countries';
import { resolveSending } from './sending/sending';

export const defaultSettings: Readonly<Settings> = Object.freeze({
  maxSegments: 2,
  maxLength: 320,
  sender: 'unspecified',
  to: ['US'],
  optOutText: 'Reply STOP to opt out.',
  rules: {},
  shorteners: { extra: [] },
  lineBreaks: 'lf',
  segmentation: 'code-point',
  defaultVariableLength: 20,
  inlayHints: { segmentBoundaries: true },
  sending: {},
  registered: false,
  syntax: 'detect',
});

export interface ResolvedSettings {
  settings: Settings;
  /** One line per invalid value that was replaced by its default. */
  problems: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates raw settings (from the editor or a config file); never throws. */
export function resolveSettings(raw: unknown, base: Settings = defaultSettings): ResolvedSettings {
  const problems: string[] = [];
  const settings: Settings = structuredClone(base) as Settings;
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isRecord(raw)) {
    problems.push('sms settings must be an object; using the defaults.');
    return { settings, problems };
  }
  const invalid = (key: string, expected: string, value: unknown) =>
    problems.push(`sms.${key}: ${JSON.stringify(value) ?? String(value)} is not ${expected}; using the default.`);
  const positiveInteger = (key: 'maxSegments' | 'maxLength' | 'defaultVariableLength') => {
    const value = raw[key];
    if (value === undefined) return;
    if (typeof value === 'number' && Number.isInteger(value) && value >= (key === 'defaultVariableLength' ? 0 : 1)) settings[key] = value;
    else invalid(key, 'a whole number of at least ' + (key === 'defaultVariableLength' ? 0 : 1), value);
  };
  positiveInteger('maxSegments');
  positiveInteger('maxLength');
  positiveInteger('defaultVariableLength');

  if (raw.sender !== undefined) {
    const value = typeof raw.sender === 'string' ? raw.sender.toLowerCase() : raw.sender;
    if (value === 'unspecified' || (senderTypes as readonly unknown[]).includes(value)) settings.sender = value as Settings['sender'];
    else invalid('sender', `one of unspecified, ${senderTypes.join(', ')}`, raw.sender);
  }
  if (raw.to !== undefined) {
    const list = typeof raw.to === 'string' ? [raw.to] : raw.to;
    if (Array.isArray(list) && list.length > 0 && list.every((c) => typeof c === 'string' && countryCodes.has(c.toUpperCase()))) {
      settings.to = list.map((c: string) => c.toUpperCase());
    } else invalid('to', 'a list of ISO 3166-1 alpha-2 country codes', raw.to);
  }
  if (raw.optOutText !== undefined) {
    if (typeof raw.optOutText === 'string' && raw.optOutText.trim() !== '') settings.optOutText = raw.optOutText;
    else invalid('optOutText', 'a non-empty text', raw.optOutText);
  }
  if (raw.rules !== undefined) {
    if (isRecord(raw.rules)) {
      for (const [id, severity] of Object.entries(raw.rules)) {
        if (!isRuleId(id)) problems.push(`sms.rules: unknown rule "${id}"; ignored.`);
        else if (!(severities as readonly unknown[]).includes(severity)) {
          problems.push(`sms.rules.${id}: ${JSON.stringify(severity)} is not one of ${severities.join(', ')}; using the rule's default.`);
        } else settings.rules[id] = severity as Severity;
      }
    } else invalid('rules', 'an object of rule id → severity', raw.rules);
  }
  if (raw.shorteners !== undefined) {
    const extra = isRecord(raw.shorteners) ? raw.shorteners.extra : undefined;
    if (isRecord(raw.shorteners) && extra === undefined) {
      // nothing to change
    } else if (Array.isArray(extra) && extra.every((h) => typeof h === 'string' && /^[a-z0-9.-]+\.[a-z0-9-]+$/i.test(h.trim()))) {
      settings.shorteners.extra = extra.map((h: string) => h.trim().toLowerCase());
    } else invalid('shorteners.extra', 'a list of host names such as "short.example"', extra ?? raw.shorteners);
  }
  if (raw.lineBreaks !== undefined) {
    if (raw.lineBreaks === 'lf' || raw.lineBreaks === 'crlf') settings.lineBreaks = raw.lineBreaks;
    else invalid('lineBreaks', '"lf" or "crlf"', raw.lineBreaks);
  }
  if (raw.segmentation !== undefined) {
    if (raw.segmentation === 'code-point' || raw.segmentation === 'grapheme') settings.segmentation = raw.segmentation;
    else invalid('segmentation', '"code-point" or "grapheme"', raw.segmentation);
  }
  if (raw.inlayHints !== undefined) {
    const value = isRecord(raw.inlayHints) ? raw.inlayHints.segmentBoundaries : undefined;
    if (typeof value === 'boolean') settings.inlayHints.segmentBoundaries = value;
    else if (!(isRecord(raw.inlayHints) && value === undefined)) invalid('inlayHints.segmentBoundaries', 'true or false', value ?? raw.inlayHints);
  }
  settings.sending = resolveSending(raw.sending, settings.sending, problems);
  if (raw.registered !== undefined) {
    if (typeof raw.registered === 'boolean') settings.registered = raw.registered;
    else invalid('registered', 'true or false', raw.registered);
  }
  if (raw.syntax !== undefined) {
    const value = typeof raw.syntax === 'string' ? raw.syntax.toLowerCase() : raw.syntax;
    if ((syntaxSettings as readonly unknown[]).includes(value)) settings.syntax = value as SyntaxSetting;
    else invalid('syntax', `one of ${syntaxSettings.map((s) => `"${s}"`).join(', ')}`, raw.syntax);
  }
  return { settings, problems };
}
