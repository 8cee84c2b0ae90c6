import type { Rule } from './rule';
import { fileRangeOf } from '../template/message';
import { findOptOutInstructions } from '../text/opt-out';
import { messageWords } from '../text/words';

export const unreachableOptOut: Rule = {
  id: 'unreachable-opt-out',
  description: '“Reply STOP” from an alphanumeric sender ID, which cannot receive replies.',
  defaultSeverity: 'error',
  fixable: false,
  check(analysis) {
    const { message, sender } = analysis;
    if (sender !== 'alphanumeric') return [];
    return findOptOutInstructions(message.text, messageWords(analysis))
      .filter((instruction) => instruction.kind === 'keyword')
      .map((instruction) => ({
        ...fileRangeOf(message, instruction.start, instruction.end),
        message:
          'An alphanumeric sender ID cannot receive replies: this keyword never reaches you, so recipients cannot opt out. ' +
          'Offer a link (“Opt out: example.com/stop”), a phone number or an e-mail address instead.',
      }));
  },
};
