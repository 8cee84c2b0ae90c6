import type { Rule } from './rule';

export const malformedPlaceholder: Rule = {
  id: 'malformed-placeholder',
  description: 'Placeholders that are not `{{name}}`: `{{` without `}}`, `{{ }}` or a name that is not a variable name.',
  defaultSeverity: 'error',
  fixable: false,
  check({ template }) {
    const { text } = template;
    return template.malformedPlaceholders.map(({ start, end }) => {
      const written = text.slice(start, end);
      const closed = written.length >= 4 && written.endsWith('}}');
      const name = closed ? written.slice(2, -2).trim() : '';
      let message: string;
      if (!closed) {
        message = '`{{` is not closed by `}}` on the same line: recipients would see the braces (2 septets each) instead of a value. Close it as {{name}} or remove it.';
      } else if (name === '') {
        message = `\`${written}\` names no variable: recipients would see it as written. Put a variable name inside, e.g. {{name}}.`;
      } else {
        message = `"${name}" is not a variable name (letters, digits, _ . and -, starting with a letter or _): recipients would see \`${written}\` as written. Rename it.`;
      }
      return { start, end, message };
    });
  },
};
