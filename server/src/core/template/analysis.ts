// Everything the rules need to know about one template: the effective settings, the message with
// examples filled in, the worst case with every variable at its longest, and their counts.
import { countSegments } from '../encoding/counting';
import { composeMessage, type ComposedMessage } from './message';
import { parseTemplate, type Placeholder, type Template } from './template';
import type { CountOptions, SegmentCount, SenderType, Settings } from '../types';
import { mergeSending, type SendingInput } from '../sending/sending';
import { dialectMessages, templateSyntaxOf, type DialectAnalysis } from './dialects';
import { findOptOutInstructions } from '../text/opt-out';
import type { TemplateSyntax } from './template';

export interface Analysis {
  template: Template;
  /** Settings with the template's own front matter applied (maxSegments). */
  settings: Settings;
  sender: SenderType | 'unspecified';
  to: string[];
  countOptions: CountOptions;
  /** The message as sent with each variable's example. */
  message: ComposedMessage;
  count: SegmentCount;
  /** Every variable at its maxLength (UCS-2 characters when declared `unicode: true`). */
  worstMessage: ComposedMessage;
  worstCount: SegmentCount;
  /** `sending:` from the front matter over the `sms.sending` settings, key by key. */
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
 * The settings with a front matter's `maxSegments` applied, the last ones kept: the messages of a
 * locale file (and the re-counts of one template) share their settings and front matter, and
 * copying every setting 5,000 times shows in a profile. Settings are values: nothing changes them
 * once resolved (defaultSettings is frozen).
 */
let lastEffective: { settings: Settings; maxSegments: number; effective: Settings } | undefined;

function withMaxSegments(settings: Settings, maxSegments: number | undefined): Settings {
  if (maxSegments === undefined) return settings;
  const last = lastEffective;
  if (last !== undefined && last.settings === settings && last.maxSegments === maxSegments) return last.effective;
  const effective: Settings = { ...settings, maxSegments };
  lastEffective = { settings, maxSegments, effective };
  return effective;
}

export function analyzeTemplate(template: Template, settings: Settings): Analysis {
  const fm = template.frontMatter;
  const effective = withMaxSegments(settings, fm.maxSegments);
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
      sender: fm.sender ?? settings.sender,
      to: fm.to ?? settings.to,
      countOptions,
      message: paths.message,
      count,
      worstMessage: paths.worstMessage,
      worstCount,
      sending: mergeSending(fm.sending, settings.sending),
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
    const exampleCharacters = example === undefined ? 0 : [...example].length;
    const length = Math.max(declared?.maxLength ?? exampleCharacters, exampleCharacters) || (example === undefined ? settings.defaultVariableLength : 0);
    if (declared?.unicode === true) {
      const filled = UCS2_FILLER.repeat(length);
      return example !== undefined && example.length > filled.length ? example : filled;
    }
    return (example ?? '') + GSM_FILLER.repeat(length - exampleCharacters);
  };
  const message = composeMessage(template, exampleOf);
  const worstMessage = template.placeholders.length === 0 ? message : composeMessage(template, worstOf);
  const count = countSegments(message.text, countOptions);
  const worstCount = worstMessage === message ? count : countSegments(worstMessage.text, countOptions);
  return {
    template,
    settings: effective,
    sender: fm.sender ?? settings.sender,
    to: fm.to ?? settings.to,
    countOptions,
    message,
    count,
    worstMessage,
    worstCount,
    sending: mergeSending(fm.sending, settings.sending),
    syntax,
  };
}

export function analyzeText(text: string, settings: Settings): Analysis {
  return analyzeTemplate(parseTemplate(text), settings);
}
