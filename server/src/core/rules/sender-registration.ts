import type { Rule } from './rule';
import { alphanumericRegistration } from '../sending/senders';
import { destinationRanges, senderRange, settingsNote } from './sender-ranges';
import type { Finding } from '../types';

export const senderRegistration: Rule = {
  id: 'sender-registration',
  description: 'Senders that must be registered or verified first: alphanumeric IDs to GB or IE, toll-free and 10DLC numbers.',
  defaultSeverity: 'info',
  fixable: false,
  check(analysis) {
    const { sender, template } = analysis;
    if (analysis.settings.registered) return [];
    const findings: Finding[] = [];
    if (sender === 'alphanumeric') {
      for (const destination of destinationRanges(analysis)) {
        const { country, start, end } = destination;
        if (country === 'GB') {
          findings.push({
            start,
            end,
            message:
              `Alphanumeric sender IDs must be registered to send to the UK: since ${alphanumericRegistration.GB.blockedSince} traffic from unregistered ones is blocked. ` +
              'Register the sender ID and wait for approval before sending; then say so with `registered: true` in the front matter (or `.smslintrc.json`, or the `sms.registered` setting).' +
              settingsNote(analysis, destination),
          });
        } else if (country === 'IE') {
          findings.push({
            start,
            end,
            message:
              `Alphanumeric sender IDs must be registered to send to Ireland: since ${alphanumericRegistration.IE.spamSince} messages from unregistered ones are marked as spam, ` +
              `and from ${alphanumericRegistration.IE.blockedFrom} they are blocked. ` +
              'Register the sender ID before sending; then say so with `registered: true` in the front matter (or `.smslintrc.json`, or the `sms.registered` setting).' +
              settingsNote(analysis, destination),
          });
        }
      }
    } else if (sender === 'toll-free') {
      findings.push({
        ...senderRange(template),
        message:
          'Toll-free numbers must be verified: since 2024-01-31 all traffic from unverified numbers to the US and Canada is blocked, and verification takes 5–6 weeks. ' +
          'Verify the number; then say so with `registered: true` in the front matter (or `.smslintrc.json`, or the `sms.registered` setting).' +
          settingsNote(analysis),
      });
    } else if (sender === '10dlc') {
      findings.push({
        ...senderRange(template),
        message:
          'A 10DLC number can send SMS only after brand and campaign registration; unregistered traffic is blocked. ' +
          'Register the brand and campaign; then say so with `registered: true` in the front matter (or `.smslintrc.json`, or the `sms.registered` setting).' +
          settingsNote(analysis),
      });
    }
    return findings;
  },
};
