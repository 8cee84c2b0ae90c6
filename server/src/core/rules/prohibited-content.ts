import type { Rule } from './rule';
import { fileRangeOf } from '../template/message';
import { findProhibitedContent, prohibitedInWords } from '../text/prohibited-content';
import { messageWords, messageWordsIfSplit } from '../text/words';

export const prohibitedContent: Rule = {
  id: 'prohibited-content',
  description: 'Wording from use cases that toll-free verification does not accept (payday loans, gambling, cannabis, …).',
  defaultSeverity: 'info',
  fixable: false,
  check(analysis) {
    const { message } = analysis;
    // Split already (the opt-out rules run first): the words are looked up; else the quick test
    // first, which spares most messages the split (but costs as much as the lookups on its own).
    const split = messageWordsIfSplit(analysis);
    const matches = split !== undefined ? prohibitedInWords(split) : findProhibitedContent(message.text, () => messageWords(analysis));
    return matches.map((match) => {
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
