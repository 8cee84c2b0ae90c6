import type { Rule } from './rule';
import { alphanumericBlockedCountries, shortCodeCountry, tenDlcCountries, tollFreeCountries } from '../sending/senders';
import { destinationRanges, settingsNote } from './sender-ranges';
import type { Finding } from '../types';

export const unsupportedDestination: Rule = {
  id: 'unsupported-destination',
  description: 'Destinations the sender cannot reach: toll-free outside US/CA/PR, 10DLC outside the US, a short code abroad, an alphanumeric sender ID to US/CA.',
  defaultSeverity: 'error',
  fixable: false,
  check(analysis) {
    const { sender, to } = analysis;
    let allowed: (country: string) => boolean;
    let why: string;
    let instead = 'send there from another sender (an alphanumeric sender ID or a local number)';
    if (sender === 'alphanumeric') {
      allowed = (country) => !alphanumericBlockedCountries.includes(country);
      why = 'carriers in the US and Canada do not carry alphanumeric sender IDs (they replace it with a number, or drop the message)';
      instead = 'send there from a toll-free, 10DLC or short code number';
    } else if (sender === 'toll-free') {
      allowed = (country) => tollFreeCountries.includes(country);
      why = 'toll-free numbers reach only the US, Canada and Puerto Rico';
    } else if (sender === '10dlc') {
      allowed = (country) => tenDlcCountries.includes(country);
      why = '10DLC numbers reach only the US';
    } else if (sender === 'short-code') {
      const home = shortCodeCountry(to);
      if (home === undefined) return [];
      allowed = (country) => country === home;
      why = `a short code reaches only the country it is registered in, here ${home}`;
    } else return [];
    const findings: Finding[] = [];
    for (const { country, start, end, fromSettings } of destinationRanges(analysis)) {
      if (allowed(country)) continue;
      findings.push({
        start,
        end,
        message:
          `${country}${fromSettings ? ' (from the sms.to setting)' : ''} cannot be reached: ${why}, so these messages are not delivered. ` +
          `Remove it from \`to\`, or ${instead}.` +
          settingsNote(analysis),
      });
    }
    return findings;
  },
};
