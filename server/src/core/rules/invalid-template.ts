// invalid-template: the syntax errors the Liquid or Handlebars parser found, at their ranges.
import type { Rule } from './rule';

export const invalidTemplate: Rule = {
  id: 'invalid-template',
  description: 'Syntax errors of the template dialect (Liquid or Handlebars): unclosed blocks, mismatched end tags, unreadable tags.',
  defaultSeverity: 'error',
  fixable: false,
  check({ dialect }) {
    if (dialect === undefined || dialect.errors.length === 0) return [];
    return dialect.errors.map(({ start, end, message }) => ({ start, end, message }));
  },
};
