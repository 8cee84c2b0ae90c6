// What the front matter assist says about each key, severity and country: the documentation its
// completion items and hovers show.
import { alphanumericRegistration, tenDlcCountries, tollFreeCountries } from '../sending/senders';
import type { frontMatterKeyNames, variableKeyNames } from '../template/template';

export const frontMatterKeyDocs: Readonly<Record<(typeof frontMatterKeyNames)[number], { detail: string; documentation: string }>> = {
  sender: {
    detail: '10dlc | toll-free | short-code | alphanumeric',
    documentation: 'How the message is sent. Decides which opt-out, sender ID, destination and registration rules apply. Default: the `sms.sender` setting.',
  },
  from: {
    detail: 'number, short code or sender ID',
    documentation: 'The toll-free or 10DLC number (E.164, e.g. `"+18005550100"`), the 5–6 digit short code, or the alphanumeric sender ID (up to 11 letters, digits and spaces) the message is sent from. Checked by `sender-id-format`.',
  },
  to: {
    detail: 'country codes, e.g. [US, CA]',
    documentation: 'Destination countries as ISO 3166-1 alpha-2 codes. Default: the `sms.to` setting (`[US]`). Checked by `unsupported-destination` and `sender-registration`.',
  },
  brand: { detail: 'text', documentation: 'The name recipients must recognise as the sender of the message.' },
  maxSegments: {
    detail: 'whole number',
    documentation: 'Most segments this message may take before `segment-overflow` reports it (the worst case included). Overrides the `sms.maxSegments` setting.',
  },
  unicode: {
    detail: 'true | false',
    documentation: '`true` when UCS-2 is intended (the text needs characters outside GSM-7): silences `non-gsm-character`.',
  },
  registered: {
    detail: 'true | false',
    documentation:
      '`true` once the sender\'s registration or verification is done (toll-free verification, 10DLC brand and campaign, an alphanumeric sender ID to GB or IE): silences `sender-registration`. Default: the `sms.registered` setting.',
  },
  syntax: {
    detail: 'plain | liquid | handlebars',
    documentation: 'The template dialect of the body: `plain` (`{{name}}` only), `liquid` (`{{ name | default: "there" }}`, `{% if %}`) or `handlebars` (`{{#if}}`, `{{#each}}`). Default: the `sms.syntax` setting, else detected from the body. Every branch of a conditional is counted; the worst case is the costliest path.',
  },
  variables: {
    detail: 'name: { example, maxLength, unicode }',
    documentation: 'The variables the `{{name}}` placeholders use. A placeholder counts as its `example`; the worst case counts every variable at its `maxLength`.',
  },
  rules: {
    detail: 'rule id: severity',
    documentation: 'Severity per rule for this template only: `off`, `hint`, `info`, `warning` or `error`, over the `sms.rules` setting.',
  },  sending: {
    detail: '{ recipients, numbers, vettingScore, useCase, pricePerSegment }',
    documentation:
      'What one send takes: message units (recipients × segments), the time at the sender\'s rate, the 10DLC daily caps and the cost, in the hover, the segments view and fix titles. Over the `sms.sending` settings, key by key.',
  },
};

export const variableKeyDocs: Readonly<Record<(typeof variableKeyNames)[number], { detail: string; documentation: string }>> = {
  example: { detail: 'text, true/false or a list', documentation: 'A typical value: the placeholder counts as this text in the segment count. In Liquid or Handlebars a condition may take `true`/`false` and a loop a list (`["tea", "cake"]`): the example picks the path that is counted.' },
  maxItems: { detail: 'whole number', documentation: 'The most items a list variable holds: a loop over it repeats this many times in the worst case (each item at `maxLength`).' },
  maxLength: { detail: 'whole number', documentation: 'The longest value: the worst case counts the placeholder as this many characters.' },
  unicode: { detail: 'true | false', documentation: '`true` when values may need UCS-2 (names, cities…): the worst case is then counted in UCS-2.' },
};

export const severityDocs: Readonly<Record<string, string>> = {
  off: 'The rule does not run.',
  hint: 'Shown as a faint hint in the editor; not listed in the Problems panel.',
  info: 'Reported as information; never fails smslint.',
  warning: 'Reported as a warning; fails smslint only over `--max-warnings`.',
  error: 'Reported as an error; smslint exits with 1.',
};

/** Created on first use: loading the region names costs the language server about 6 MB of memory. */
let regionNames: Intl.DisplayNames | null | undefined;

export function countryName(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** What the sender rules say about sending to a country. */
export function countryNotes(code: string): string[] {
  const notes: string[] = [];
  if (tollFreeCountries.includes(code)) notes.push('Toll-free numbers can send here.');
  if (tenDlcCountries.includes(code)) notes.push('10DLC numbers can send here (and nowhere else).');
  if (code === 'GB') notes.push(`Alphanumeric sender IDs must be registered: unregistered ones are blocked since ${alphanumericRegistration.GB.blockedSince}.`);
  if (code === 'IE') notes.push(`Alphanumeric sender IDs must be registered: unregistered ones are marked as spam since ${alphanumericRegistration.IE.spamSince} and blocked from ${alphanumericRegistration.IE.blockedFrom}.`);
  return notes;
}
