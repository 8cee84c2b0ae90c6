import type { Rule } from './rule';
import { writeTextAdvice } from '../wording';

export const emptyMessage: Rule = {
  id: 'empty-message',
  description: 'The template has no message text to send.',
  defaultSeverity: 'error',
  fixable: false,
  check({ template, count }) {
    if (count.units > 0 || template.placeholders.length > 0) return [];
    const at = Math.min(template.bodyStart, template.text.length);
    return [{ start: at, end: at, message: `Nothing to send: the message body is empty. ${writeTextAdvice(template)}` }];
  },
};
