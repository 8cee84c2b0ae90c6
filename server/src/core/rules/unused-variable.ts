import type { Rule } from './rule';
import type { Finding } from '../types';

export const unusedVariable: Rule = {
  id: 'unused-variable',
  description: 'Variables declared in the front matter that no placeholder uses.',
  defaultSeverity: 'info',
  fixable: false,
  marksUnnecessary: true,
  check({ template }) {
    const findings: Finding[] = [];
    if (template.frontMatter.variables.size === 0) return findings;
    const { placeholders } = template;
    for (const declaration of template.frontMatter.variables.values()) {
      // A few placeholders a message: a scan, not a Set built per template (5,000 per locale file).
      if (placeholders.some((placeholder) => placeholder.name === declaration.name)) continue;
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
