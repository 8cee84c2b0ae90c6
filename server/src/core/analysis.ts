// Everything the rules need to know about one template: the effective settings, the message with
// examples filled in, the worst case with every variable at its longest, and their counts.
import { countSegments } from './counting';
import { composeMessage, type ComposedMessage } from './message';
import { parseTemplate, type Placeholder, type Template } from './template';
import type { CountOptions, SegmentCount, SenderType, Settings } from './types';
import { isGsmText } from './gsm';
import { mergeSending, type SendingInput } from './sending';

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
}

/** Stands in for a character of a `unicode: true` variable: any character outside GSM-7. */
const UCS2_FILLER = '\u0100';

export function analyzeTemplate(template: Template, settings: Settings): Analysis {
  const fm = template.frontMatter;
  const effective: Settings = fm.maxSegments === undefined ? settings : { ...settings, maxSegments: fm.maxSegments };
  const countOptions: CountOptions = { segmentation: settings.segmentation, lineBreaks: settings.lineBreaks };
  const exampleOf = (placeholder: Placeholder): string => {
    const declared = fm.variables.get(placeholder.name);
    if (declared?.example !== undefined) return declared.example;
    return 'x'.repeat(declared?.maxLength ?? settings.defaultVariableLength);
  };
  const worstOf = (placeholder: Placeholder): string => {
    const declared = fm.variables.get(placeholder.name);
    const example = declared?.example;
    const length = declared?.maxLength ?? example?.length ?? settings.defaultVariableLength;
    const ucs2 = declared?.unicode === true || (example !== undefined && !isGsmText(example));
    if (!ucs2 && declared?.maxLength === undefined && example !== undefined) return example;
    return (ucs2 ? UCS2_FILLER : 'x').repeat(Math.max(length, example?.length ?? 0));
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
  };
}

export function analyzeText(text: string, settings: Settings): Analysis {
  return analyzeTemplate(parseTemplate(text), settings);
}
