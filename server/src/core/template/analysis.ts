// Everything the rules need to know about one template: the effective settings, the message with
// examples filled in, the worst case with every variable at its longest, and their counts.
import { countSegments } from '../encoding/counting';
import { composeMessage, type ComposedMessage } from './message';
import { parseTemplate, type FrontMatter, type Placeholder, type Template } from './template';
import type { CountOptions, EffectiveSettings, SegmentCount, SenderType, Settings } from '../types';
import { mergeSending, type SendingInput } from '../sending/sending';
import { dialectMessages, templateSyntaxOf, type DialectAnalysis } from './dialects';
import { findOptOutInstructions } from '../text/opt-out';
import type { TemplateSyntax } from './template';

export interface Analysis {
  template: Template;
  /** The one effective configuration: the template's front matter over the settings (`effectiveSettings`). */
  settings: EffectiveSettings;
  /** `settings.sender`, for the front ends. */
  sender: SenderType | 'unspecified';
  /** `settings.to`, for the front ends. */
  to: string[];
  countOptions: CountOptions;
  /** The message as sent with each variable's example. */
  message: ComposedMessage;
  count: SegmentCount;
  /** Every variable at its maxLength (UCS-2 characters when declared `unicode: true`). */
  worstMessage: ComposedMessage;
  worstCount: SegmentCount;
  /** `settings.sending`: `sending:` from the front matter over the `sms.sending` settings, key by key. */
  sending: SendingInput;
  /** The dialect the body is written in (front matter, the sms.syntax setting, or detected). */
  syntax: TemplateSyntax;
  /** For Liquid and Handlebars: the model, its syntax errors and the paths the rules look at. */
  dialect?: DialectAnalysis;
}

/**
 * Stands in for a character of a `unicode: true` variable: an emoji outside the BMP, 2 UTF-16 units,
 * the most one character can cost. Never quoted in a message: it is not text anyone wrote.
 */
export const UCS2_FILLER = '\u{1F600}';
/** Stands in for a character of any other variable: maxLength counts plain GSM characters. */
export const GSM_FILLER = 'x';

/**
 * The one place where a template's front matter is merged over the settings: every key the two
 * share (the front matter wins; `rules` and `sending` key by key), and the front matter's `unicode`.
 * The last result is kept: the messages of a locale file (and the re-counts of one template) share
 * their settings and front matter, and building it 5,000 times shows in a profile; the same object
 * also keeps lint.ts's severities cached. Settings and front matter are values: nothing changes them
 * once read (defaultSettings is frozen).
 */
let lastEffective: { frontMatter: FrontMatter; settings: Settings; effective: EffectiveSettings } | undefined;

export function effectiveSettings(fm: FrontMatter, settings: Settings): EffectiveSettings {
  const last = lastEffective;
  if (last !== undefined && last.frontMatter === fm && last.settings === settings) return last.effective;
  const effective: EffectiveSettings = {
    ...settings,
    maxSegments: fm.maxSegments ?? settings.maxSegments,
    sender: fm.sender ?? settings.sender,
    to: fm.to ?? settings.to,
    rules: Object.keys(fm.rules).length === 0 ? settings.rules : { ...settings.rules, ...fm.rules },
    sending: mergeSending(fm.sending, settings.sending),
    registered: fm.registered ?? settings.registered,
    syntax: fm.syntax ?? settings.syntax,
    unicode: fm.unicode === true,
  };
  lastEffective = { frontMatter: fm, settings, effective };
  return effective;
}

/** Code points in `text` (a lone surrogate counts as one), without spreading it into an array. */
function codePointCount(text: string): number {
  let count = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

export function analyzeTemplate(template: Template, settings: Settings): Analysis {
  const fm = template.frontMatter;
  const effective = effectiveSettings(fm, settings);
  const countOptions: CountOptions = { segmentation: settings.segmentation, lineBreaks: settings.lineBreaks };
  const syntax = templateSyntaxOf(template, settings);
  if (syntax !== 'plain') {
    const lacksOptOut = (text: string) => findOptOutInstructions(text).length === 0;
    const paths = dialectMessages(template, settings, syntax, (text) => countSegments(text, countOptions), lacksOptOut);
    const count = countSegments(paths.message.text, countOptions);
    const worstCount = paths.worstMessage === paths.message ? count : countSegments(paths.worstMessage.text, countOptions);
    return {
      template: paths.template,
      settings: effective,
      sender: effective.sender,
      to: effective.to,
      countOptions,
      message: paths.message,
      count,
      worstMessage: paths.worstMessage,
      worstCount,
      sending: effective.sending,
      syntax,
      dialect: paths.dialect,
    };
  }
  const exampleOf = (placeholder: Placeholder): string => {
    const declared = fm.variables.get(placeholder.name);
    if (declared?.example !== undefined) return declared.example;
    return 'x'.repeat(declared?.maxLength ?? settings.defaultVariableLength);
  };
  // Never below the example as written (SPEC §2): the example's own characters are kept (an
  // extension character stays 2 septets, one outside GSM-7 keeps the message UCS-2) and padded to
  // maxLength; a `unicode: true` variable is maxLength emoji (2N units), or its example if longer.
  const worstOf = (placeholder: Placeholder): string => {
    const declared = fm.variables.get(placeholder.name);
    const example = declared?.example;
    const exampleCharacters = example === undefined ? 0 : codePointCount(example);
    const length = Math.max(declared?.maxLength ?? exampleCharacters, exampleCharacters) || (example === undefined ? settings.defaultVariableLength : 0);
    if (declared?.unicode === true) {
      const filled = UCS2_FILLER.repeat(length);
      return example !== undefined && example.length > filled.length ? example : filled;
    }
    return (example ?? '') + GSM_FILLER.repeat(length - exampleCharacters);
  };
  const message = composeMessage(template, exampleOf);
  // Every value at its longest is often its example (maxLength the example's length, or neither
  // declared): the worst case is then the message, composed and counted once.
  const worstMessage = template.placeholders.every((placeholder) => worstOf(placeholder) === exampleOf(placeholder)) ? message : composeMessage(template, worstOf);
  const count = countSegments(message.text, countOptions);
  const worstCount = worstMessage === message ? count : countSegments(worstMessage.text, countOptions);
  return {
    template,
    settings: effective,
    sender: effective.sender,
    to: effective.to,
    countOptions,
    message,
    count,
    worstMessage,
    worstCount,
    sending: effective.sending,
    syntax,
  };
}

export function analyzeText(text: string, settings: Settings): Analysis {
  return analyzeTemplate(parseTemplate(text), settings);
}
