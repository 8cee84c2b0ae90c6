import type { Rule } from './rule';
import type { Finding } from '../types';

export const unusedVariable: Rule = {
  id: 'unused-variable',
  description: 'Variables declared in the front matter that no placeholder uses.',
  defaultSeverity: 'info',
  fixable: false,
  marksUnnecessary: true,
  check({ template }) {
    const used = new Set(template.placeholders.map((placeholder) => placeholder.name));
    const findings: Finding[] = [];
    for (const declaration of template.frontMatter.variables.values()) {
      if (used.has(declaration.name)) continue;
      findings.push({
        ...declaration.key,
        message:
          `\`${declaration.name}\` is declared but no placeholder uses it, so its length is not in the count. ` +
          `Use it as {{${declaration.name}}} or remove the declaration.`,
      });
    }
    return findings;
  },
};
