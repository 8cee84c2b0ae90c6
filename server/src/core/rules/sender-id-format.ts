import type { Rule } from './rule';
import { fromProblem } from '../sending/senders';

export const senderIdFormat: Rule = {
  id: 'sender-id-format',
  description: '`from` values that do not fit the sender type (alphanumeric ID, short code, toll-free or 10DLC number).',
  defaultSeverity: 'error',
  fixable: false,
  check({ template, sender }) {
    const from = template.frontMatter.from;
    const entry = template.frontMatterKeys.get('from');
    if (sender === 'unspecified' || from === undefined || !entry) return [];
    const problem = fromProblem(sender, from);
    return problem === undefined ? [] : [{ ...entry.value, message: problem }];
  },
};
