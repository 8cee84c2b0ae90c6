import type { Rule } from '../rule';
import { destinationRanges, settingsNote, shortCodeCountry, tenDlcCountries, tollFreeCountries } from '../senders';
import type { Finding } from '../types';

export const unsupportedDestination: Rule = {
  id: 'unsupported-destination',
  description: 'Destinations the sender cannot reach: toll-free outside US/CA/PR, 10DLC outside the US, a short code abroad.',
  defaultSeverity: 'error',
  fixable: false,
  check(analysis) {
    const { sender, to } = analysis;
    let allowed: readonly string[];
    let why: string;
    if (sender === 'toll-free') {
      allowed = tollFreeCountries;
      why = 'toll-free numbers reach only the US, Canada and Puerto Rico';
    } else if (sender === '10dlc') {
      allowed = tenDlcCountries;
      why = '10DLC numbers reach only the US';
    } else if (sender === 'short-code') {
      const home = shortCodeCountry(to);
      if (home === undefined) return [];
      allowed = [home];
      why = `a short code reaches only the country it is registered in, here ${home}`;
    } else return [];
    const findings: Finding[] = [];
    for (const { country, start, end, fromSettings } of destinationRanges(analysis)) {
      if (allowed.includes(country)) continue;
      findings.push({
        start,
        end,
        message:
          `${country}${fromSettings ? ' (from the sms.to setting)' : ''} cannot be reached: ${why}, so these messages are not delivered. ` +
          'Remove it from `to`, or send there from another sender (an alphanumeric sender ID or a local number).' +
          settingsNote(analysis),
      });
    }
    return findings;
  },
};
