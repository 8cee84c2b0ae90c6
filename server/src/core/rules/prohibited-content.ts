import type { Rule } from './rule';
import { fileRangeOf } from '../template/message';
import { findProhibitedContent } from '../text/prohibited-content';
import { messageWords } from '../text/words';

export const prohibitedContent: Rule = {
  id: 'prohibited-content',
  description: 'Wording from use cases that toll-free verification does not accept (payday loans, gambling, cannabis, …).',
  defaultSeverity: 'info',
  fixable: false,
  check(analysis) {
    const { message } = analysis;
    return findProhibitedContent(message.text, () => messageWords(analysis)).map((match) => {
      const words = message.text.slice(match.start, match.end);
      return {
        ...fileRangeOf(message, match.start, match.end),
        message:
          `“${words}” reads as ${match.category.name}, a use case that is not eligible for toll-free verification; carriers filter such messages. ` +
          'Reword it if the message is about something else; if your program is approved for it, turn the rule off for this template.',
      };
    });
  },
};
